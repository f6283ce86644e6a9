package org.botserver.domain.basic.hear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HearMenuTest {

    private static final List<String> PLANS = List.of("Basic", "Professional", "Premium", "Não sei");

    @ParameterizedTest(name = "\"{0}\" picks {1}")
    @CsvSource(textBlock = """
            Basic,        Basic
            basic,        Basic
            PROFESSIONAL, Professional
            2,            Professional
            ' 3 ',        Premium
            pro,          Professional
            b,            Basic
            nao sei,      Não sei
            nã,           Não sei
            """)
    void hear_as_menu_picks_by_text_number_or_unique_prefix(String answer, String expected) {
        assertEquals(new HearCheck.Accepted(new TextValue(expected)), HearTypes.choose(PLANS, answer));
    }

    @Test
    void hear_as_menu_rejects_an_ambiguous_prefix_naming_the_candidates() {
        assertEquals(new HearCheck.Rejected("\"pr\" matches more than one option (Professional, Premium). "
                        + "Please choose one of: 1. Basic, 2. Professional, 3. Premium, 4. Não sei."),
                HearTypes.choose(PLANS, "pr"));
    }

    @Test
    void hear_as_menu_rejects_an_unknown_answer_listing_the_options() {
        assertEquals(new HearCheck.Rejected("\"gold\" is not one of the options. "
                        + "Please choose one of: 1. Basic, 2. Professional, 3. Premium, 4. Não sei."),
                HearTypes.choose(PLANS, "gold"));
        assertEquals(new HearCheck.Rejected("\"5\" is not one of the options. "
                        + "Please choose one of: 1. Basic, 2. Professional, 3. Premium, 4. Não sei."),
                HearTypes.choose(PLANS, "5"));
        assertEquals(new HearCheck.Rejected("Please choose one of: 1. Basic, 2. Professional, 3. Premium, 4. Não sei."),
                HearTypes.choose(PLANS, "  "));
    }

    @Test
    void hear_as_menu_of_numbers_matches_the_numbers_not_positions() {
        List<String> sizes = List.of("10", "20", "40");
        assertEquals(new HearCheck.Accepted(new TextValue("20")), HearTypes.choose(sizes, "20"));
        assertEquals(new HearCheck.Accepted(new TextValue("40")), HearTypes.choose(sizes, "4"));
        assertEquals(HearCheck.Rejected.class, HearTypes.choose(sizes, "3").getClass());
    }

    @Test
    void hear_as_menu_prefers_an_exact_option_over_a_longer_one() {
        assertEquals(new HearCheck.Accepted(new TextValue("Pro")), HearTypes.choose(List.of("Pro", "Professional"), "pro"));
    }

    @Test
    void a_menu_needs_options() {
        assertThrows(IllegalArgumentException.class, () -> HearTypes.choose(List.of(), "x"));
    }
}
