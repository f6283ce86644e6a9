package org.botserver.domain.basic.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.botserver.domain.basic.Diagnostics;
import org.botserver.domain.basic.SourceFile;
import org.junit.jupiter.api.Test;

class LexerTest {

    private final Diagnostics diagnostics = new Diagnostics(new SourceFile("t.bas", ""));

    private List<Token> scan(String text) {
        return new Lexer(text, diagnostics).scan();
    }

    private List<TokenType> types(String text) {
        return scan(text).stream().map(Token::type).toList();
    }

    @Test
    void comments_of_all_three_styles_produce_no_tokens() {
        assertEquals(List.of(TokenType.WORD, TokenType.NEWLINE, TokenType.EOF), types("' one\nREM two\n// three\nx ' four"));
        assertFalse(diagnostics.any());
    }

    @Test
    void a_trailing_underscore_joins_the_next_line() {
        assertEquals(List.of(TokenType.WORD, TokenType.EQUAL, TokenType.NUMBER, TokenType.PLUS, TokenType.NUMBER,
                TokenType.NEWLINE, TokenType.EOF), types("x = 1 + _\n  2"));
    }

    @Test
    void newlines_inside_brackets_do_not_end_the_statement() {
        assertEquals(List.of(TokenType.LEFT_BRACKET, TokenType.NUMBER, TokenType.COMMA, TokenType.NUMBER,
                TokenType.RIGHT_BRACKET, TokenType.NEWLINE, TokenType.EOF), types("[1,\n 2]"));
    }

    @Test
    void a_string_splits_into_text_and_interpolated_code_with_its_position() {
        Token s = scan("  TALK \"Hi ${name}!\"").get(1);
        assertEquals(List.of(new Template.Text("Hi "), new Template.Code("name", 1, 14), new Template.Text("!")),
                s.template().segments());
    }

    @Test
    void escapes_and_doubled_quotes_are_decoded() {
        assertEquals("a\nb\t\"c\"\"", scan("\"a\\nb\\t\\\"c\\\"\"\"\"").getFirst().template().plain());
    }

    @Test
    void begin_talk_body_is_one_raw_block_without_common_indentation() {
        List<Token> tokens = scan("BEGIN TALK\n    Hello ${n}\n      there\nEND TALK\n");
        Token block = tokens.stream().filter(t -> t.type() == TokenType.RAW_BLOCK).findFirst().orElseThrow();
        assertEquals("Hello ${n}\n  there", block.template().plain());
        assertEquals(new Template.Code("n", 2, 13), block.template().segments().get(1));
    }

    @Test
    void operators_include_the_two_character_forms() {
        assertEquals(List.of(TokenType.LESS_EQUAL, TokenType.GREATER_EQUAL, TokenType.NOT_EQUAL, TokenType.NOT_EQUAL,
                TokenType.EQUAL, TokenType.NEWLINE, TokenType.EOF), types("<= >= <> != =="));
    }

    @Test
    void an_unexpected_character_is_reported_with_its_column_and_scanning_goes_on() {
        scan("x = 1 @ 2");
        assertEquals(1, diagnostics.all().size());
        assertEquals(7, diagnostics.all().getFirst().column());
    }
}
