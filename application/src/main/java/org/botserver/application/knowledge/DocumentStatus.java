package org.botserver.application.knowledge;

/** Where a knowledge-base document stands: its chunks are searchable, or it failed after its retries. */
public enum DocumentStatus {
    INDEXED, FAILED
}
