package org.botserver.domain.basic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.botserver.domain.basic.analyzer.Analysis;
import org.botserver.domain.basic.analyzer.Analyzer;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.compiler.Code;
import org.botserver.domain.basic.compiler.Compiler;
import org.botserver.domain.basic.script.JsDocHeader;
import org.botserver.domain.basic.value.TextValue;

/**
 * Compiles a JavaScript tool ({@code <tool>.js} in a bot's {@code .gbdialog}) into a dialog like any other: its
 * JSDoc header becomes the PARAMs and DESCRIPTION, and its body one statement, {@code RETURN} of the
 * {@value #KEYWORD} capability with the file's name, its source and the arguments. So ADD TOOL, the language
 * model's tool calls, argument checks, CALL and hot reload treat it exactly as a BASIC tool, and the
 * application runs the source in its sandbox.
 */
public final class ScriptToolCompiler {

    /** The capability a JavaScript tool yields: arguments are the file name, the source and an object of the arguments. */
    public static final String KEYWORD = "RUN JAVASCRIPT TOOL";

    private ScriptToolCompiler() {
    }

    /** True for a file this compiler reads rather than the BASIC one ("shop.gbdialog/vat.js"). */
    public static boolean handles(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".js");
    }

    public static CompileResult compile(SourceFile source) {
        Diagnostics diagnostics = new Diagnostics(source);
        String name = BasicCompiler.stem(source.name());
        Optional<ToolDefinition> tool = JsDocHeader.read(name, source.text(), diagnostics);
        if (tool.isEmpty()) return new CompileResult.Failed(diagnostics.all());
        Pos top = new Pos(1, 1);
        List<Stmt> statements = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (ToolParameter p : tool.get().parameters()) {
            statements.add(new Stmt.Param(p.name(), p.type(), null, p.description(), p.choices(), p.optional(), top));
            keys.add(p.name());
            values.add(new Expr.Variable(p.name(), top));
        }
        statements.add(new Stmt.Description(tool.get().description(), top));
        statements.add(new Stmt.Return(new Expr.Capability(KEYWORD, List.of(
                new Expr.Literal(new TextValue(source.name()), top), new Expr.Literal(new TextValue(source.text()), top),
                new Expr.ObjectLiteral(keys, values, top)), top), top));
        Analysis analysis = Analyzer.analyze(statements, diagnostics);
        if (diagnostics.any()) return new CompileResult.Failed(diagnostics.all());
        Code code = Compiler.compile(statements, analysis);
        return new CompileResult.Compiled(new Program(name, BasicCompiler.hash(source.text()), source.name(), code,
                tool.get(), null, List.of(), List.of()));
    }
}
