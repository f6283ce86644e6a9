package org.botserver.domain.basic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.botserver.domain.basic.analyzer.Analysis;
import org.botserver.domain.basic.analyzer.Analyzer;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.compiler.Code;
import org.botserver.domain.basic.compiler.Compiler;
import org.botserver.domain.basic.parser.Parser;

/** Lexer, parser, analyzer and compiler behind one call; every problem comes back as a diagnostic. */
public final class BasicCompiler {

    private BasicCompiler() {
    }

    public static CompileResult compile(SourceFile source) {
        Diagnostics diagnostics = new Diagnostics(source);
        try {
            List<Stmt> statements = Parser.parse(source, diagnostics);
            Analysis analysis = Analyzer.analyze(statements, diagnostics);
            if (diagnostics.any()) return new CompileResult.Failed(diagnostics.all());
            Code code = Compiler.compile(statements, analysis);
            String name = stem(source.name());
            ToolDefinition tool = analysis.isTool() ? new ToolDefinition(name, analysis.description(),
                    analysis.parameters().stream().map(p -> new ToolParameter(p.name(), p.type(), p.example(),
                            p.description(), p.choices(), p.optional())).toList()) : null;
            return new CompileResult.Compiled(new Program(name, hash(source.text()), source.name(), code, tool,
                    analysis.systemPrompt(), analysis.schedules(), analysis.events()));
        } catch (StackOverflowError e) {
            // Thousands of nested brackets exhaust the recursive-descent parser's stack, not the server.
            diagnostics.report(1, 1, "The program is nested too deeply to compile.");
            return new CompileResult.Failed(diagnostics.all());
        }
    }

    /** "bots/x.gbdialog/start.bas" is the dialog "start". */
    static String stem(String file) {
        String base = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
