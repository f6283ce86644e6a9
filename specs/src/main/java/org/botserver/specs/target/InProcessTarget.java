package org.botserver.specs.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.botserver.adapter.out.storage.filesystem.FileSystemObjectStore;
import org.botserver.application.access.AdmitStart;
import org.botserver.application.access.AdmitStartService;
import org.botserver.application.access.Caller;
import org.botserver.application.access.MissingCredentialsException;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.RefreshBotsService;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.conversation.ReadHistoryQuery;
import org.botserver.application.conversation.ReadHistoryService;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.TurnResult;
import org.botserver.application.conversation.UnknownConversationException;
import org.botserver.application.table.BotTables;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.DialogRetention;
import org.botserver.domain.bot.PackageLimits;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.conversation.Sender;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;
import org.botserver.specs.llm.ModelScript;

/**
 * The server's use cases in this JVM, wired as the server wires them but without HTTP: bots compiled from their
 * package folders by the file-system source, conversations kept in the given store, and the scenario's scripted
 * language model in place of a provider.
 */
final class InProcessTarget implements BotTarget {

    private final ConversationStore store;
    private final InProcessStores stores;
    /** How many rows a table check reads at most. */
    private static final int TABLE_ROWS_READ = 10_000;

    private final Map<BotId, Bot> bots = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private final ModelScript script = new ModelScript();
    private final InProcessWiring wiring;
    private final AdmitStart admitStart;
    private final InProcessChannels channels;
    private final InProcessKnowledge knowledge;
    private final InProcessTools tools = new InProcessTools();
    private final LoadedBots loaded = new LoadedBots();
    private Path workspace;

    InProcessTarget(InProcessStores stores) {
        this.stores = stores;
        this.store = stores.conversations();
        DeployedBots catalog = new DeployedBots(bots);
        this.knowledge = new InProcessKnowledge(() -> new FileSystemObjectStore(workspace()), catalog);
        this.wiring = new InProcessWiring(stores, catalog, script, knowledge, tools, clock);
        // As a server with its default: bots without "public" in their config.csv take anonymous users.
        this.admitStart = new AdmitStartService(catalog, true);
        this.channels = new InProcessChannels(stores, wiring, catalog, clock);
    }

    /**
     * Loads a copy of the package (so a scenario that changes a dialog never touches the bot team's files), as the
     * server loads its bots folder; deploying again is a reload, which keeps the old dialogs for waiting users.
     */
    @Override
    public void deploy(BotPackageFolder folder) {
        Path copy = workspace().resolve(folder.path().getFileName());
        try {
            Folders.copy(folder.path(), copy);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot copy " + folder.path() + " for the run: " + e.getMessage(), e);
        }
        reload(folder.botId(), "in " + folder.path());
    }

    /** Writes the dialog into the bot's copy and reloads it: the hot reload a server does when storage changes. */
    @Override
    public void changeDialog(String botId, String dialogFile, String source) {
        Path dialogs = workspace().resolve(botId + ".gbai").resolve(botId + ".gbdialog");
        if (!Files.isDirectory(dialogs)) throw new TargetRefusal("The bot \"" + botId + "\" was not deployed here.");
        try {
            Files.writeString(dialogs.resolve(dialogFile), source);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + dialogFile + ": " + e.getMessage(), e);
        }
        reload(botId, "after changing " + dialogFile);
    }

    private void reload(String botId, String where) {
        BotId id = new BotId(botId);
        new RefreshBotsService(new FileSystemObjectStore(workspace()), loaded, PackageLimits.defaults(),
                DialogRetention.defaults(), clock).refresh(id);
        // A first load can be refused; a reload whose dialog does not compile keeps the last good one and says why.
        List<String> problems = loaded.entry(id).map(LoadedBots.Entry::refusal).filter(p -> !p.isEmpty())
                .or(() -> loaded.find(id).map(Bot::problems)).orElse(List.of());
        if (!problems.isEmpty()) {
            throw new TargetRefusal("The bot \"" + botId + "\" " + where + " was not loaded:\n  " + String.join("\n  ", problems));
        }
        loaded.find(id).ifPresent(bot -> {
            bots.put(bot.id(), bot);
            knowledge.ingest(bot);
        });
    }

    /** Deploying indexed the collection already; this checks it was, and every document in it. */
    @Override
    public void awaitKnowledge(String botId, String collection, Duration timeout) {
        knowledge.checkIndexed(botId, collection);
    }

    private synchronized Path workspace() {
        if (workspace == null) {
            try {
                workspace = Files.createTempDirectory("botserver-specs-bots-");
            } catch (IOException e) {
                throw new IllegalStateException("Cannot create a folder for the bots of the run: " + e.getMessage(), e);
            }
        }
        return workspace;
    }

    /** The copies of the bots go with the scenario. */
    @Override
    public void close() {
        knowledge.close();
        tools.close();
        if (workspace != null) Folders.delete(workspace);
    }

    @Override
    public BotTurn start(String botId) {
        return refusing(() -> {
            // The in-process user is anonymous, like a web client without a token: public bots only.
            admitStart.admit(new Caller.Nobody(), botId);
            return turn(wiring.startConversation().start(StartConversationCommand.of(botId, null)));
        });
    }

    @Override
    public BotTurn send(String conversationId, String text) {
        return refusing(() -> turn(wiring.sendMessage().send(SendMessageCommand.of(conversationId, text))));
    }

    @Override
    public void deliver(String botId, ChannelMessage message) {
        channels.deliver(botId, message);
    }

    @Override
    public List<ChannelReply> sentTo(String botId, ChannelUser user, int atLeast, Duration timeout) {
        return channels.sentTo(botId, user);
    }

    @Override
    public List<HistoryLine> history(String conversationId) {
        return refusing(() -> new ReadHistoryService(store)
                .read(ReadHistoryQuery.of(conversationId, ReadHistoryQuery.MAX_LIMIT, null))
                .messages().stream().map(InProcessTarget::line).toList());
    }

    @Override
    public ModelScript languageModel() {
        return script;
    }

    @Override
    public String describe() {
        return "in-process, " + stores.name() + " store";
    }

    @Override
    public List<Map<String, String>> tableRows(String botId, String table) {
        BotTables tables = stores.tables().orElseThrow(() -> new TargetRefusal("Bot tables need the embedded"
                + " PostgreSQL: run with -D" + ConversationStores.STORE_PROPERTY + "=postgres."));
        try {
            return tables.find(new BotId(botId), TableName.of(table), TableFilter.ALL, TABLE_ROWS_READ).stream()
                    .map(row -> {
                        Map<String, String> text = new LinkedHashMap<>();
                        row.values().forEach((column, value) -> text.put(column, value.asText()));
                        return text;
                    }).toList();
        } catch (IllegalArgumentException e) {
            throw new TargetRefusal(e.getMessage());
        }
    }

    private static BotTurn turn(TurnResult result) {
        return new BotTurn(result.conversationId().toString(), TurnStatus.fromApi(result.status().name()),
                result.replies().stream().map(Message::content).toList(),
                result.suggestions().stream().map(s -> new SuggestedReply(s.value(), s.label())).toList(),
                result.sources());
    }

    private static HistoryLine line(Message message) {
        return new HistoryLine(message.sender() == Sender.USER ? "user" : "bot", message.content());
    }

    /** The use cases' refusals become the same plain refusals the REST API answers with. */
    private static <T> T refusing(Supplier<T> call) {
        try {
            return call.get();
        } catch (UnknownBotException | UnknownConversationException | InvalidCommandException
                 | MissingCredentialsException e) {
            throw new TargetRefusal(e.getMessage());
        }
    }
}
