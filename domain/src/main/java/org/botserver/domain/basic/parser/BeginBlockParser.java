package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.lexer.Template;
import org.botserver.domain.basic.lexer.Token;
import org.botserver.domain.basic.value.TextValue;

/**
 * The verbatim blocks: {@code BEGIN TALK … END TALK} (one interpolated message), {@code BEGIN MAIL to …
 * END MAIL} (a SEND MAIL effect) and {@code BEGIN SYSTEM PROMPT … END SYSTEM PROMPT}.
 */
final class BeginBlockParser {

    private final TokenCursor in;
    private final ExpressionParser expressions;

    BeginBlockParser(TokenCursor in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    /** The statement starting at BEGIN. */
    Stmt statement(Pos pos) {
        Token begin = in.advance();
        String kind = in.peek().upper();
        if (!in.matchWords("TALK") && !in.matchWords("MAIL") && !in.matchWords("EMAIL")
                && !in.matchWords("SYSTEM PROMPT")) {
            throw in.error(in.peek(), "Expect TALK, MAIL or SYSTEM PROMPT after BEGIN.");
        }
        Expr recipient = kind.endsWith("MAIL") && !in.check(NEWLINE) ? expressions.expression() : null;
        in.expect(NEWLINE, "Expect end of line after BEGIN " + kind + ".");
        Token body = in.expect(RAW_BLOCK, "Expect the text of BEGIN " + kind + ".");
        in.match(NEWLINE);
        String end = kind.equals("SYSTEM") ? "END SYSTEM PROMPT" : "END " + kind;
        if (!in.matchWords(end)) throw in.error(begin, "Expect " + end + " to close BEGIN " + kind + ".");
        return switch (kind) {
            case "TALK" -> new Stmt.Talk(Templates.expression(body.template(), pos, in.diagnostics()), pos);
            case "SYSTEM" -> new Stmt.SystemPrompt(body.template().plain(), pos);
            default -> mail(recipient, body.template(), pos);
        };
    }

    /** BEGIN MAIL to … END MAIL: a first line "Subject: …" is the subject, the rest the body. */
    private Stmt mail(Expr recipient, Template text, Pos pos) {
        List<Template.Segment> subject = new ArrayList<>();
        List<Template.Segment> body = new ArrayList<>(text.segments());
        if (!body.isEmpty() && body.getFirst() instanceof Template.Text first
                && first.text().toLowerCase(Locale.ROOT).startsWith("subject:")) {
            while (!body.isEmpty()) {
                Template.Segment s = body.removeFirst();
                if (s instanceof Template.Text t && t.text().contains("\n")) {
                    int nl = t.text().indexOf('\n');
                    subject.add(new Template.Text(t.text().substring(0, nl)));
                    if (nl + 1 < t.text().length()) body.addFirst(new Template.Text(t.text().substring(nl + 1)));
                    break;
                }
                subject.add(s);
            }
            Template.Text head = (Template.Text) subject.getFirst();
            subject.set(0, new Template.Text(head.text().substring("subject:".length()).stripLeading()));
        }
        Expr to = recipient != null ? recipient : new Expr.Literal(TextValue.EMPTY, pos);
        return new Stmt.Capability("SEND MAIL", List.of(to,
                Templates.expression(new Template(subject), pos, in.diagnostics()),
                Templates.expression(new Template(body), pos, in.diagnostics())), pos);
    }
}
