package org.botserver.domain.basic.lexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the body of BEGIN TALK, BEGIN MAIL and BEGIN SYSTEM PROMPT verbatim, up to the matching END
 * line, as one RAW_BLOCK token: common indentation removed, {@code ${}} still interpolated.
 */
final class RawBlocks {

    private RawBlocks() {
    }

    /** Called right after a NEWLINE token: if the line just ended opened a block, reads its body. */
    static void after(Lexer lexer) {
        List<Token> tokens = lexer.tokens();
        int first = tokens.size() - 2;
        while (first > 0 && tokens.get(first - 1).type() != TokenType.NEWLINE) first--;
        if (first < 0 || first + 1 >= tokens.size() - 1 || !tokens.get(first).is("BEGIN")) return;
        Token kind = tokens.get(first + 1);
        String end;
        if (kind.is("TALK")) end = "END TALK";
        else if (kind.is("MAIL") || kind.is("EMAIL")) end = "END " + kind.upper();
        else if (kind.is("SYSTEM")) end = "END SYSTEM PROMPT";
        else return;
        read(lexer, end, tokens.get(first));
    }

    private static void read(Lexer lexer, String end, Token begin) {
        String src = lexer.src();
        int startLine = lexer.line();
        List<String> lines = new ArrayList<>();
        while (true) {
            if (lexer.pos() >= src.length()) {
                lexer.diagnostics().report(begin.line(), begin.column(), "Expect " + end + " to close " + begin.upper()
                        + " " + end.substring(4) + ".");
                break;
            }
            int eol = src.indexOf('\n', lexer.pos());
            if (eol < 0) eol = src.length();
            String text = src.substring(lexer.pos(), eol);
            if (normalise(text).equals(end)) break;
            lines.add(text.replace("\r", ""));
            lexer.pos(eol);
            if (eol < src.length()) lexer.nextLine();
        }
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<Template.Segment> segments = new ArrayList<>();
        StringBuilder newline = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            String body = l.length() >= indent ? l.substring(indent) : l.strip();
            if (i > 0) {
                newline.append('\n');
                TemplateScanner.flush(newline, segments);
            }
            for (Template.Segment s : TemplateScanner.rawLine(body, startLine + i, indent + 1)) {
                if (s instanceof Template.Text t) {
                    newline.append(t.text());
                    TemplateScanner.flush(newline, segments);
                } else {
                    segments.add(s);
                }
            }
        }
        lexer.tokens().add(new Token(TokenType.RAW_BLOCK, "", new Template(segments), startLine, 1));
        lexer.tokens().add(new Token(TokenType.NEWLINE, "", null, startLine, 1));
    }

    private static String normalise(String line) {
        return String.join(" ", line.strip().toUpperCase(Locale.ROOT).split("\\s+"));
    }
}
