package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.hear.HearTypes;
import org.botserver.domain.basic.lexer.Token;

/** Statements that talk to the user or reach outside the program: TALK, HEAR, suggestions, capabilities. */
final class DialogParser {

    private final TokenCursor in;
    private final ExpressionParser expressions;
    private final ToolParser tool;
    private final BeginBlockParser blocks;

    DialogParser(TokenCursor in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
        this.tool = new ToolParser(in);
        this.blocks = new BeginBlockParser(in, expressions);
    }

    /** The statement if {@code first} starts a dialog or capability statement, else null. */
    Stmt statement(Token first, Pos pos) {
        if (in.checkWords("TALK") && !in.checkWords("TALK TO") || in.checkWords("PRINT")) {
            in.advance();
            return new Stmt.Talk(expressions.expression(), pos);
        }
        if (in.checkWords("BEGIN")) return blocks.statement(pos);
        if (in.matchWords("HEAR")) return hear(pos);
        if (in.matchWords("WAIT")) return new Stmt.Wait(expressions.expression(), pos);
        if (in.matchWords("ADD SUGGESTION")) return suggestion(pos);
        if (in.matchWords("CLEAR SUGGESTIONS")) return new Stmt.ClearSuggestions(pos);
        if (in.checkWords("PARAM") || in.checkWords("DESCRIPTION") && in.peek(1).type() == STRING) {
            return tool.statement(pos);
        }
        Optional<String> keyword = CapabilityKeywords.match(in, false);
        return keyword.map(k -> capability(k, pos)).orElse(null);
    }

    private Stmt capability(String keyword, Pos pos) {
        List<Expr> arguments = new ArrayList<>(expressions.capabilityArguments());
        if (keyword.equals("SET CONTEXT") && in.matchWords("AS")) arguments.add(expressions.expression());
        if (keyword.equals("USE WEBSITE") && in.matchWords("REFRESH")) arguments.add(expressions.expression());
        if (keyword.equals("SAVE") && arguments.size() >= 2
                && arguments.subList(1, arguments.size()).stream().allMatch(a -> a instanceof Expr.Variable)) {
            // SAVE "t", name, email: the variables' names are the columns, so the row travels as an object. One
            // variable travels the same way ({row: row}); the table keyword unwraps it when it holds the whole row.
            List<Expr> columns = arguments.subList(1, arguments.size());
            List<String> names = columns.stream().map(a -> ((Expr.Variable) a).name()).toList();
            Expr row = new Expr.ObjectLiteral(names, List.copyOf(columns), pos);
            arguments = List.of(arguments.getFirst(), row);
        }
        return new Stmt.Capability(keyword, arguments, pos);
    }

    private Stmt hear(Pos pos) {
        Token variable = in.expectName("Expect variable name after HEAR.");
        if (!in.matchWords("AS")) return new Stmt.Hear(variable.text(), null, List.of(), pos);
        if (in.check(WORD) && in.peek(1).type() != COMMA && in.peek(1).type() != LEFT_PAREN
                && in.peek(1).type() != DOT && in.peek(1).type() != LEFT_BRACKET) {
            // A word after AS is a type (EMAIL) unless it is not one: then it names a variable holding the menu.
            Token word = in.advance();
            if (HearTypes.isKnown(word.text())) return new Stmt.Hear(variable.text(), word.upper(), List.of(), pos);
            return new Stmt.Hear(variable.text(), null, List.of(new Expr.Variable(word.text(), new Pos(word.line(), word.column()))), pos);
        }
        return new Stmt.Hear(variable.text(), null, expressions.list(), pos);
    }

    private Stmt suggestion(Pos pos) {
        if (in.checkWords("TOOL") && !in.peek(1).is("AS") && in.peek(1).type() != NEWLINE) {
            in.advance();
            Expr toolName = expressions.expression();
            in.expectWords("AS", "Expect AS and a label after ADD SUGGESTION TOOL name.");
            Expr label = expressions.expression();
            return new Stmt.AddSuggestion(label, label, toolName, pos);
        }
        if (in.checkWords("TEXT") && !in.peek(1).is("AS") && in.peek(1).type() != NEWLINE) in.advance();
        Expr value = expressions.expression();
        Expr label = in.matchWords("AS") ? expressions.expression() : value;
        return new Stmt.AddSuggestion(value, label, null, pos);
    }
}
