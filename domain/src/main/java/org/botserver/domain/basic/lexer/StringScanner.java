package org.botserver.domain.basic.lexer;

import java.util.ArrayList;
import java.util.List;

/** Scans one double-quoted string literal: escapes, doubled quotes and {@code ${}} interpolation. */
final class StringScanner {

    private final Lexer lexer;

    StringScanner(Lexer lexer) {
        this.lexer = lexer;
    }

    void scan(int column) {
        String src = lexer.src();
        int start = lexer.pos();
        int i = start + 1;
        List<Template.Segment> segments = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        while (true) {
            if (i >= src.length() || src.charAt(i) == '\n') {
                lexer.diagnostics().report(lexer.line(), column, "Unterminated string.");
                TemplateScanner.flush(plain, segments);
                lexer.pos(i);
                lexer.add(TokenType.STRING, src.substring(start, i), new Template(segments), column);
                return;
            }
            char c = src.charAt(i);
            if (c == '"') {
                if (i + 1 < src.length() && src.charAt(i + 1) == '"') {
                    plain.append('"');
                    i += 2;
                    continue;
                }
                break;
            }
            if (c == '\\' && i + 1 < src.length()) {
                plain.append(escape(src.charAt(i + 1)));
                i += 2;
            } else if (c == '$' && i + 1 < src.length() && src.charAt(i + 1) == '{') {
                int close = TemplateScanner.closingBrace(src, i + 2);
                if (close < 0) {
                    lexer.diagnostics().report(lexer.line(), i - lexer.lineStart() + 1, "Expect '}' to close '${'.");
                    plain.append("${");
                    i += 2;
                    continue;
                }
                TemplateScanner.flush(plain, segments);
                segments.add(new Template.Code(src.substring(i + 2, close), lexer.line(), i + 2 - lexer.lineStart() + 1));
                i = close + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        TemplateScanner.flush(plain, segments);
        lexer.pos(i + 1);
        lexer.add(TokenType.STRING, src.substring(start, i + 1), new Template(segments), column);
    }

    private static String escape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '"' -> "\"";
            case '\\' -> "\\";
            case '$' -> "$";
            default -> "\\" + c;
        };
    }
}
