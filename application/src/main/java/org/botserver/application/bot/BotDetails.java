package org.botserver.application.bot;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.botserver.domain.bot.BotId;

/**
 * One bot as an operator inspects it: whether it runs, the deployed version, its dialogs, tools and knowledge-base
 * collections, its settings without secrets, and every problem with the package in storage.
 */
public record BotDetails(BotId id, String name, boolean running, String version, List<String> dialogs,
                         List<Tool> tools, List<String> knowledgeCollections, Map<String, String> config,
                         List<String> problems) {

    /** A dialog offered as a tool. */
    public record Tool(String name, String description) {
    }

    public BotDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        dialogs = List.copyOf(dialogs);
        tools = List.copyOf(tools);
        knowledgeCollections = List.copyOf(knowledgeCollections);
        config = Map.copyOf(config);
        problems = List.copyOf(problems);
    }
}
