package org.botserver.domain.basic;

/** Lexer, parser, analyzer and compiler behind one call. (Skeleton: the BASIC language work fills this in.) */
public final class BasicCompiler {

    private BasicCompiler() {
    }

    public static CompileResult compile(SourceFile source) {
        throw new UnsupportedOperationException("BASIC compiler not built yet");
    }
}
