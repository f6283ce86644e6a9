package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.knowledge.IngestBotKnowledge;
import org.botserver.application.knowledge.ReadKnowledgeStatus;
import org.botserver.application.knowledge.RemoveKnowledgeDocument;
import org.botserver.application.knowledge.SearchKnowledge;
import org.botserver.application.knowledge.ThinkKbKeyword;
import org.botserver.application.knowledge.UploadKnowledgeDocument;
import org.botserver.application.llm.KnowledgeContext;

/**
 * The knowledge bases' use cases as the adapters and the capability registry see them, each answering from
 * {@link KnowledgeWiring}'s services, or saying the knowledge bases are off when it has none.
 */
@ApplicationScoped
public class KnowledgeUseCases {

    @Inject
    KnowledgeWiring wiring;

    @Produces
    @ApplicationScoped
    SearchKnowledge searchKnowledge() {
        return query -> wiring.search().search(query);
    }

    @Produces
    @ApplicationScoped
    KnowledgeContext knowledgeContext() {
        return (bot, kbs, question, budget) -> wiring.context().ground(bot, kbs, question, budget);
    }

    @Produces
    @ApplicationScoped
    ReadKnowledgeStatus readKnowledgeStatus() {
        return bot -> wiring.ingestion().map(ingestion -> ingestion.status(bot)).orElse(List.of());
    }

    @Produces
    @ApplicationScoped
    IngestBotKnowledge ingestBotKnowledge() {
        return bot -> wiring.ingestion().ifPresent(ingestion -> ingestion.ingestInBackground(bot));
    }

    /** THINK KB, collected by Wiring's capability registry; with knowledge bases off it fails with the reason. */
    @Produces
    @Singleton
    CapabilityHandler thinkKb() {
        return new ThinkKbKeyword(query -> wiring.search().search(query));
    }

    @Produces
    @ApplicationScoped
    UploadKnowledgeDocument uploadKnowledgeDocument() {
        return command -> wiring.documents().upload(command);
    }

    @Produces
    @ApplicationScoped
    RemoveKnowledgeDocument removeKnowledgeDocument() {
        return (kb, path) -> wiring.documents().remove(kb, path);
    }
}
