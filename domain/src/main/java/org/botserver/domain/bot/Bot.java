package org.botserver.domain.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.ToolDefinition;
import org.botserver.domain.basic.runtime.ProgramLibrary;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A bot ready to hold conversations: the package it was loaded from and its dialogs, compiled.
 *
 * <p>A bot only comes to life when its {@value #START_DIALOG} dialog compiles, since every conversation begins
 * there. After that the package may change under it at any time: {@link #revise} takes the new package,
 * compiles only the dialogs whose source changed, keeps the last good version of a dialog that no longer
 * compiles (its errors are the bot's {@link #problems()}), and keeps replaced versions for a while, so a
 * conversation waiting in HEAR finishes on the version it started with while new conversations get the new one;
 * beyond what it keeps in memory, it looks old versions up in its {@link DialogArchive}. The compiled programs are shared by every conversation, which is why a bot is immutable: a revision is a new
 * bot, swapped in whole.
 */
@AggregateRoot
public final class Bot {

    /** The dialog every conversation starts with ({@code start.bas}). */
    public static final String START_DIALOG = "start";

    @Identity
    private final BotId id;
    private final BotPackage source;
    private final Dialogs dialogs;
    private final Map<String, Value> globals;

    private Bot(BotPackage source, Dialogs dialogs) {
        this.id = source.id();
        this.source = source;
        this.dialogs = dialogs;
        Map<String, Value> params = new LinkedHashMap<>();
        source.config().params().forEach((name, value) -> params.put(name, new TextValue(value)));
        this.globals = Collections.unmodifiableMap(params);
    }

    /** Compiles a package into a bot; refused when there is no start dialog that compiles. */
    public static BotLoad load(BotPackage source, Instant now) {
        Dialogs compiled = Dialogs.NONE.revise(source.dialogs(), now, DialogRetention.defaults());
        if (compiled.find(START_DIALOG).isPresent()) return new BotLoad.Loaded(new Bot(source, compiled));
        List<String> problems = new ArrayList<>(compiled.problems());
        if (source.dialogs().stream().noneMatch(d -> d.name().endsWith("/" + START_DIALOG + ".bas"))) {
            problems.add("The package has no " + PackageFolder.DIALOG.nameFor(source.id()) + "/" + START_DIALOG + ".bas dialog.");
        }
        return new BotLoad.Rejected(source.id(), problems);
    }

    /** The bot with a new version of its package; see the class comment for what stays and what changes. */
    public Bot revise(BotPackage next, Instant now, DialogRetention retention) {
        Objects.requireNonNull(next, "next");
        if (!next.id().equals(id)) throw new IllegalArgumentException("A package of bot " + next.id() + " cannot revise bot " + id + ".");
        return new Bot(next, dialogs.revise(next.dialogs(), now, retention));
    }

    /** The same bot, looking replaced dialog versions it no longer keeps in memory up in this archive. */
    public Bot withArchive(DialogArchive archive) {
        return new Bot(source, dialogs.withArchive(archive));
    }

    /** The live version of each dialog with its source, ordered by name: what an archive has to keep. */
    public List<DialogVersion> liveVersions() { return dialogs.liveVersions(); }

    public BotId id() { return id; }

    /** The name shown to users: config.csv's bot-name, else the id. */
    public String name() { return source.name(); }

    /** The package version this bot was last revised to. */
    public String version() { return source.version(); }

    public BotConfig config() { return source.config(); }

    /** The package the bot was loaded from. */
    public BotPackage source() { return source; }

    /** The dialog a new conversation runs first. */
    public Program startDialog() {
        return dialogs.find(START_DIALOG).orElseThrow();
    }

    /** The bot's dialogs by name (and by version while replaced ones are kept), for CALL and for resuming. */
    public ProgramLibrary dialogs() { return dialogs; }

    /**
     * The variables every dialog starts with: config.csv's {@code param-<name>} rows, as text (like any answer to
     * HEAR; VAL() makes a number), so a value such as 007 stays as written. A revision brings the new values to
     * conversations that start after it; running ones keep theirs.
     */
    public Map<String, Value> globals() { return globals; }

    /** The live dialogs, ordered by name. */
    public List<Program> programs() { return dialogs.programs(); }

    public Set<String> dialogNames() {
        return new TreeSet<>(programs().stream().map(Program::name).toList());
    }

    /** The dialogs offered as tools (they declare PARAM or DESCRIPTION), ordered by name. */
    public List<ToolDefinition> tools() {
        return programs().stream().flatMap(p -> p.tool().stream()).toList();
    }

    /** What is wrong with the package as it is now, although the bot runs: config.csv rows, compile errors. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(source.configProblems());
        problems.addAll(dialogs.problems());
        return problems;
    }

    /** How many replaced dialog versions are still kept for waiting conversations. */
    public int keptOldVersions() { return dialogs.retiredVersions(); }

    @Override public boolean equals(Object other) { return other instanceof Bot that && id.equals(that.id); }

    @Override public int hashCode() { return id.hashCode(); }

    @Override public String toString() { return "Bot[" + id + "@" + version() + ", dialogs " + dialogNames() + "]"; }
}
