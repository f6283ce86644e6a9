package org.botserver.application.bot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.botserver.domain.basic.Program;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;

/** Reads a bot's details from the loaded bots; secrets never leave {@link org.botserver.domain.bot.BotConfig#visible()}. */
public final class InspectBotService implements InspectBot {

    private final LoadedBots bots;

    public InspectBotService(LoadedBots bots) {
        this.bots = Objects.requireNonNull(bots, "bots");
    }

    @Override
    public BotDetails inspect(BotId id) {
        LoadedBots.Entry entry = bots.entry(id).orElseThrow(() -> new UnknownBotException(id.value()));
        List<String> problems = new ArrayList<>();
        if (!entry.refusal().isEmpty()) {
            problems.add("Version " + entry.seenVersion() + " in storage was not loaded"
                    + entry.bot().map(bot -> "; version " + bot.version() + " stays live.").orElse("."));
            problems.addAll(entry.refusal());
        }
        if (entry.bot().isEmpty()) {
            return new BotDetails(id, id.value(), false, entry.seenVersion(), List.of(), List.of(), List.of(), Map.of(), problems);
        }
        Bot bot = entry.bot().get();
        problems.addAll(bot.problems());
        Map<String, String> config = new LinkedHashMap<>(bot.config().visible());
        return new BotDetails(id, bot.name(), true, bot.version(), bot.programs().stream().map(Program::name).toList(),
                bot.tools().stream().map(t -> new BotDetails.Tool(t.name(), t.description())).toList(),
                bot.source().knowledgeCollections(), config, problems);
    }
}
