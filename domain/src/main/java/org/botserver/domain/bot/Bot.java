package org.botserver.domain.bot;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.runtime.ProgramLibrary;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A bot ready to hold conversations: its identity and its dialogs, compiled once when the bot is loaded.
 *
 * <p>A bot comes from a package ({@link BotPackage}) and only exists once every dialog in it compiled; a
 * conversation always begins with the dialog named {@value #START_DIALOG}. The compiled programs are shared
 * by every conversation with the bot, which is why they are immutable and compiled exactly once: a turn
 * only looks a program up by name, never recompiles it.
 */
@AggregateRoot
public final class Bot {

    /** The dialog every conversation starts with ({@code start.bas}). */
    public static final String START_DIALOG = "start";

    @Identity
    private final BotId id;
    private final String name;
    private final Map<String, Program> dialogs;

    /** A bot from its compiled dialogs, keyed by dialog name; one of them must be {@value #START_DIALOG}. */
    public Bot(BotId id, String name, Map<String, Program> dialogs) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.dialogs = Map.copyOf(dialogs);
        if (!this.dialogs.containsKey(START_DIALOG)) {
            throw new IllegalArgumentException("Bot " + id + " has no " + START_DIALOG + " dialog.");
        }
    }

    public BotId id() { return id; }

    /** The name shown to users; the package name until packages carry a display name. */
    public String name() { return name; }

    /** The dialog a new conversation runs first. */
    public Program startDialog() { return dialogs.get(START_DIALOG); }

    /** The bot's dialogs by name, for CALL and for resuming a suspended dialog. */
    public ProgramLibrary dialogs() { return dialogName -> Optional.ofNullable(dialogs.get(dialogName)); }

    public Set<String> dialogNames() { return dialogs.keySet(); }

    @Override public boolean equals(Object other) { return other instanceof Bot that && id.equals(that.id); }

    @Override public int hashCode() { return id.hashCode(); }

    @Override public String toString() { return "Bot[" + id + ", dialogs " + dialogs.keySet() + "]"; }
}
