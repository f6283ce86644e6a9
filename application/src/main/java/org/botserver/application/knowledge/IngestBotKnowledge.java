package org.botserver.application.knowledge;

import org.botserver.domain.bot.Bot;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Brings every knowledge base of a loaded bot in line with its folders, in the background. */
@PrimaryPort
public interface IngestBotKnowledge {

    /** Queues an ingestion run for each of the bot's collections not already queued or running. */
    void ingestInBackground(Bot bot);
}
