package org.botserver.application.table;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.TurnScope;
import org.botserver.domain.table.ColumnName;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;

/**
 * The bot-table keywords: {@code FIND "t"[, "filter"]} gives an array of objects, {@code SAVE} and {@code INSERT}
 * the row's id, {@code UPDATE} and {@code DELETE} the number of rows, {@code MERGE} the counts of rows inserted,
 * updated and unchanged. Every committed row change is then announced to the table listeners.
 */
public final class TableKeywordsHandler implements CapabilityHandler {

    /** Rows one FIND returns at most, unless configured otherwise. */
    public static final int DEFAULT_ROW_LIMIT = 1_000;

    private static final Pattern URL = Pattern.compile("(?is)https?://.*");
    private static final System.Logger LOG = System.getLogger(TableKeywordsHandler.class.getName());

    private final BotTables tables;
    private final TableChanges changes;
    private final int rowLimit;
    private final CapabilityHandler http;

    /** DELETE of a URL is not provided: the dialog ends naming DELETE. */
    public TableKeywordsHandler(BotTables tables, List<? extends TableChangeListener> listeners, int rowLimit) {
        this(tables, listeners, rowLimit, null);
    }

    /** DELETE of an http(s) URL is performed by {@code http}, the HTTP keywords' handler. */
    public TableKeywordsHandler(BotTables tables, List<? extends TableChangeListener> listeners, int rowLimit,
                                CapabilityHandler http) {
        this.http = http;
        this.tables = Objects.requireNonNull(tables, "tables");
        this.changes = new TableChanges(listeners);
        if (rowLimit < 1) throw new IllegalArgumentException("The row limit of FIND must be at least 1, got " + rowLimit + ".");
        this.rowLimit = rowLimit;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("FIND", "SAVE", "INSERT", "UPDATE", "DELETE", "MERGE");
    }

    @Override
    public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
        String keyword = capability.keyword().strip().toUpperCase(Locale.ROOT);
        List<Value> args = capability.arguments();
        // DELETE "https://..." is the HTTP keyword, not a table named like a web address.
        if (keyword.equals("DELETE") && !args.isEmpty() && URL.matcher(args.getFirst().asText().strip()).matches()) {
            return http == null ? new CapabilityResult.Unavailable("DELETE") : http.perform(capability, scope);
        }
        BotId bot = scope.botId();
        try {
            return new CapabilityResult.Performed(switch (keyword) {
                case "FIND" -> find(bot, TableArguments.of(args, 1, 2, "FIND \"table\"[, \"column = value\"]"));
                case "SAVE" -> save(bot, TableArguments.of(args, 2, 2, "SAVE \"table\", row"));
                case "INSERT" -> insert(bot, TableArguments.of(args, 2, 2, "INSERT \"table\", row"));
                case "UPDATE" -> update(bot, TableArguments.of(args, 3, 3, "UPDATE \"table\", \"column = value\", changes"));
                case "DELETE" -> delete(bot, TableArguments.of(args, 2, 2, "DELETE \"table\", \"column = value\""));
                case "MERGE" -> merge(bot, TableArguments.of(args, 3, 3, "MERGE \"table\", rows, \"key column\""));
                default -> throw new IllegalStateException("not a table keyword: " + keyword);
            });
        } catch (IllegalArgumentException | TableException e) {
            return new CapabilityResult.Failed(e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Bot " + bot + ": " + keyword + " failed on the bot tables", e);
            return new CapabilityResult.Failed("the bot's tables could not be reached just now; please try again later.");
        }
    }

    private Value find(BotId bot, TableArguments args) {
        List<TableRow> rows = tables.find(bot, args.table(), args.filterOrAll(1), rowLimit);
        return ArrayValue.of(rows.stream().map(TableRow::toObject).toList());
    }

    private Value save(BotId bot, TableArguments args) {
        SavedRow saved = tables.save(bot, args.table(), RowValues.ofSaved(args.get(1), "The row to save"));
        changes.announce(bot, args.table(), saved);
        return saved.row().id();
    }

    private Value insert(BotId bot, TableArguments args) {
        TableRow row = tables.insert(bot, args.table(), RowValues.of(args.get(1), "The row to insert"));
        changes.announce(bot, args.table(), TableChange.Kind.INSERT, List.of(row));
        return row.id();
    }

    private Value update(BotId bot, TableArguments args) {
        List<TableRow> rows = tables.update(bot, args.table(), args.requiredFilter(1), RowValues.of(args.get(2), "The changes"));
        changes.announce(bot, args.table(), TableChange.Kind.UPDATE, rows);
        return NumberValue.of(rows.size());
    }

    private Value delete(BotId bot, TableArguments args) {
        List<TableRow> rows = tables.delete(bot, args.table(), args.requiredFilter(1));
        changes.announce(bot, args.table(), TableChange.Kind.DELETE, rows);
        return NumberValue.of(rows.size());
    }

    private Value merge(BotId bot, TableArguments args) {
        if (!(args.get(1) instanceof ArrayValue list)) {
            throw new IllegalArgumentException("The rows to merge must be a list of objects, not " + RowValues.describe(args.get(1)) + ".");
        }
        ColumnName key = ColumnName.of(args.get(2).asText());
        List<Map<ColumnName, Value>> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Map<ColumnName, Value> row = RowValues.of(list.elements().get(i), "Row " + (i + 1) + " to merge");
            if (!row.containsKey(key)) throw new IllegalArgumentException("Row " + (i + 1) + " to merge has no " + key + ", the key column.");
            rows.add(row);
        }
        List<SavedRow> saved = rows.isEmpty() ? List.of() : tables.merge(bot, args.table(), key, rows);
        saved.forEach(s -> changes.announce(bot, args.table(), s));
        long inserted = saved.stream().filter(s -> s.kind() == TableChange.Kind.INSERT).count();
        Map<String, Value> counts = new LinkedHashMap<>();
        counts.put("inserted", NumberValue.of(inserted));
        counts.put("updated", NumberValue.of(saved.size() - inserted));
        counts.put("unchanged", NumberValue.of(rows.size() - saved.size()));
        return new ObjectValue(counts);
    }
}
