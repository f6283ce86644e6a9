package org.botserver.domain.basic.hear;

import static org.botserver.domain.basic.hear.HearAnswers.assertAccepted;
import static org.botserver.domain.basic.hear.HearAnswers.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HearAsNameAndDocumentTypesTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(quoteCharacter = '"', textBlock = """
            maria da silva,         Maria da Silva
            JOÃO   DOS SANTOS,      João dos Santos
            o'brien,                O'Brien
            mary-jane watson,       Mary-Jane Watson
            Ronald McDonald,        Ronald McDonald
            "  ana  ",              Ana
            élodie d’avila,         Élodie D’Avila
            De Souza,               De Souza
            """)
    void hear_as_name_normalises_to_title_case(String answer, String expected) {
        assertAccepted("NAME", answer, new TextValue(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"R2D2", "ana@mail", "--", "'", "Ana  -  Maria", "Dr. Who"})
    void hear_as_name_asks_again_for_digits_or_symbols(String answer) {
        assertEquals("Please enter a name using letters only, like Maria da Silva.", rejected("NAME", answer));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(textBlock = """
            529.982.247-25,     529.982.247-25
            52998224725,        529.982.247-25
            '529 982 247 25',   529.982.247-25
            """)
    void hear_as_cpf_accepts_numbers_with_valid_check_digits(String answer, String expected) {
        assertAccepted("CPF", answer, new TextValue(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"529.982.247-24", "111.111.111-11", "5299822472", "abc.def.ghi-jk"})
    void hear_as_cpf_asks_again_for_wrong_check_digits(String answer) {
        assertEquals("Please enter a valid CPF, like 529.982.247-25.", rejected("CPF", answer));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(textBlock = """
            11.222.333/0001-81,     11.222.333/0001-81
            11222333000181,         11.222.333/0001-81
            12.abc.345/01de-35,     12.ABC.345/01DE-35
            """)
    void hear_as_cnpj_accepts_numeric_and_alphanumeric_numbers(String answer, String expected) {
        assertAccepted("CNPJ", answer, new TextValue(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11.222.333/0001-82", "00.000.000/0000-00", "1122233300018", "12.ABC.345/01DE-36"})
    void hear_as_cnpj_asks_again_for_wrong_check_digits(String answer) {
        assertEquals("Please enter a valid CNPJ, like 11.222.333/0001-81.", rejected("CNPJ", answer));
    }
}
