package org.botserver.application.job;

import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.table.TableChange;
import org.botserver.application.table.TableChangeListener;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.TableEvent;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.Bot;

/**
 * Runs the dialogs that declare {@code ON INSERT OF "orders"} (or UPDATE, DELETE) when such a change commits, each
 * with the variables {@code row} (the row's columns, as after the write, or before a delete), {@code table} and
 * {@code event} ("INSERT", "UPDATE" or "DELETE"). The dialog runs on the writer's thread, after its commit; a dialog
 * whose writes set off events again may nest only {@value #MAX_NESTING} deep, so two dialogs feeding each other end.
 */
public final class TableEventDialogs implements TableChangeListener {

    static final int MAX_NESTING = 3;

    private static final System.Logger LOG = System.getLogger(TableEventDialogs.class.getName());
    private static final ThreadLocal<Integer> NESTING = ThreadLocal.withInitial(() -> 0);

    private final BotCatalog bots;
    private final UnattendedRun runner;

    public TableEventDialogs(BotCatalog bots, UnattendedRun runner) {
        this.bots = Objects.requireNonNull(bots, "bots");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    @Override
    public void changed(TableChange change) {
        Bot bot = bots.find(change.botId()).orElse(null);
        if (bot == null) return;
        TableEvent.Kind kind = TableEvent.Kind.valueOf(change.kind().name());
        for (Program program : bot.programs()) {
            if (program.events().stream().anyMatch(e -> e.matches(kind, change.table()))) run(bot, program, change);
        }
    }

    private void run(Bot bot, Program program, TableChange change) {
        int depth = NESTING.get();
        if (depth >= MAX_NESTING) {
            LOG.log(Level.WARNING, "ON {0} OF \"{1}\" in dialog {2} of bot {3} was not run: table events already nest "
                    + "{4} deep, so dialogs are setting off each other''s events.", change.kind(), change.table(),
                    program.name(), bot.id(), depth);
            return;
        }
        NESTING.set(depth + 1);
        try {
            Map<String, Value> variables = Map.of("row", new ObjectValue(new LinkedHashMap<>(change.row())),
                    "table", new TextValue(change.table()), "event", new TextValue(change.kind().name()));
            JobOutcome outcome = runner.run(bot, program.name(), variables, "event:" + program.name());
            if (outcome.status() == JobOutcome.Status.FAILED) {
                LOG.log(Level.WARNING, "ON {0} OF \"{1}\" in dialog {2} of bot {3} failed: {4}", change.kind(),
                        change.table(), program.name(), bot.id(), outcome.detail());
            }
        } catch (RuntimeException e) {
            // The listener contract: never throw into the writer, whose change has already committed.
            LOG.log(Level.WARNING, "ON " + change.kind() + " OF \"" + change.table() + "\" in dialog " + program.name()
                    + " of bot " + bot.id() + " broke: " + e.getMessage(), e);
        } finally {
            if (depth == 0) NESTING.remove();
            else NESTING.set(depth);
        }
    }
}
