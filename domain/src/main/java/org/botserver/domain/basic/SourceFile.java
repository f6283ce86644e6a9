package org.botserver.domain.basic;

import java.util.Objects;

/** The text of one BASIC file and the name it is reported under (e.g. "hello.gbdialog/start.bas"). */
public record SourceFile(String name, String text) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
