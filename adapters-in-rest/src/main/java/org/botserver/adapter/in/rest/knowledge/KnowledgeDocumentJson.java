package org.botserver.adapter.in.rest.knowledge;

import org.botserver.application.knowledge.UploadedDocument;

/** A document written into a knowledge base: its id (the path in the collection), and whether it replaced one. */
public record KnowledgeDocumentJson(String id, String bot, String kb, boolean replaced, String status) {

    static KnowledgeDocumentJson of(UploadedDocument uploaded) {
        return new KnowledgeDocumentJson(uploaded.path(), uploaded.kb().bot().value(), uploaded.kb().collection(),
                uploaded.replaced(), "queued");
    }
}
