package org.botserver.specs.target;

import org.botserver.application.knowledge.DocumentRegistry;
import org.botserver.application.knowledge.DocumentRegistryContract;

/** The in-process knowledge bases' document records keep the contract the server's PostgreSQL registry keeps. */
class MemoryDocumentRegistryTest extends DocumentRegistryContract {

    private final MemoryDocumentRegistry registry = new MemoryDocumentRegistry();

    @Override
    protected DocumentRegistry registry() {
        return registry;
    }
}
