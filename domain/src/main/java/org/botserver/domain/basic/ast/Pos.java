package org.botserver.domain.basic.ast;

/** Where a node starts in its file. */
public record Pos(int line, int column) {
}
