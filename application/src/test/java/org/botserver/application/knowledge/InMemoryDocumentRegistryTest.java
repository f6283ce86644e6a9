package org.botserver.application.knowledge;

/** The in-memory double keeps the document registry contract. */
class InMemoryDocumentRegistryTest extends DocumentRegistryContract {

    private final InMemoryDocumentRegistry registry = new InMemoryDocumentRegistry();

    @Override
    protected DocumentRegistry registry() {
        return registry;
    }
}
