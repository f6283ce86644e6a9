package org.botserver.adapter.in.rest.bot;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.botserver.application.bot.BotDetails;

/** One bot inspected: status "running" or "refused", version, dialogs, tools, KB collections, config without secrets. */
@JsonbPropertyOrder({"botId", "name", "status", "version", "dialogs", "tools", "knowledgeCollections", "config", "problems"})
public record BotDetailsJson(@JsonbProperty("bot_id") String botId, String name, String status, String version,
                             List<String> dialogs, List<ToolJson> tools,
                             @JsonbProperty("kb_collections") List<String> knowledgeCollections,
                             Map<String, String> config, List<String> problems) {

    /** A dialog offered as a tool. */
    public record ToolJson(String name, String description) {
    }

    static BotDetailsJson of(BotDetails bot) {
        return new BotDetailsJson(bot.id().value(), bot.name(), bot.running() ? "running" : "refused", bot.version(),
                bot.dialogs(), bot.tools().stream().map(t -> new ToolJson(t.name(), t.description())).toList(),
                bot.knowledgeCollections(), new java.util.TreeMap<>(bot.config()), bot.problems());
    }
}
