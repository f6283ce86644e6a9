package org.botserver.domain.basic.parser;

import java.util.List;
import org.botserver.domain.basic.Diagnostics;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.lexer.Token;
import org.botserver.domain.basic.lexer.TokenType;

/** The parser's position in the token list, with the matching and error helpers every grammar rule uses. */
final class TokenCursor {

    private final List<Token> tokens;
    private final Diagnostics diagnostics;
    private int current;

    TokenCursor(List<Token> tokens, Diagnostics diagnostics) {
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    Token peek() {
        return tokens.get(current);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(current + ahead, tokens.size() - 1));
    }

    Token previous() {
        return tokens.get(current - 1);
    }

    Pos pos() {
        return new Pos(peek().line(), peek().column());
    }

    boolean atEnd() {
        return peek().type() == TokenType.EOF;
    }

    Token advance() {
        if (!atEnd()) current++;
        return previous();
    }

    /** Consumes an operator token and returns where it stood, which is where its errors are reported. */
    Pos operator() {
        Pos pos = pos();
        advance();
        return pos;
    }

    boolean check(TokenType type) {
        return peek().type() == type;
    }

    /** True if the next tokens are the given words ("END IF"), without consuming them. */
    boolean checkWords(String words) {
        String[] parts = words.split(" ");
        for (int i = 0; i < parts.length; i++) {
            if (!peek(i).is(parts[i])) return false;
        }
        return true;
    }

    boolean match(TokenType type) {
        if (!check(type)) return false;
        advance();
        return true;
    }

    /** Consumes the given words if they come next. */
    boolean matchWords(String words) {
        if (!checkWords(words)) return false;
        for (int i = words.split(" ").length; i > 0; i--) advance();
        return true;
    }

    Token expect(TokenType type, String message) {
        if (check(type)) return advance();
        throw error(peek(), message);
    }

    void expectWords(String words, String message) {
        if (!matchWords(words)) throw error(peek(), message);
    }

    Token expectName(String message) {
        if (check(TokenType.WORD) && !Reserved.is(peek().text())) return advance();
        throw error(peek(), message);
    }

    /** True where a statement ends: end of line, ':' or end of file. */
    boolean atStatementEnd() {
        return check(TokenType.NEWLINE) || check(TokenType.COLON) || atEnd();
    }

    ParseError error(Token token, String message) {
        diagnostics.report(token.line(), token.column(), message);
        return new ParseError();
    }

    /** Skips the rest of a broken statement so parsing can go on with the next line. */
    void synchronize() {
        while (!atEnd() && !check(TokenType.NEWLINE)) advance();
    }

    void skipSeparators() {
        while (match(TokenType.NEWLINE) || match(TokenType.COLON) || match(TokenType.SEMICOLON)) {
            // blank statements
        }
    }
}
