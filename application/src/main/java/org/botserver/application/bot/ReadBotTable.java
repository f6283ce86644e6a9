package org.botserver.application.bot;

import java.util.List;
import org.botserver.application.table.TableRow;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * An operator's look at a bot's table: the rows a FIND filter selects, in id order, as FIND reads them. Unknown
 * bots and tables are {@link UnknownBotException} and {@link org.botserver.application.table.UnknownTableException};
 * a filter FIND would refuse (a column the table lacks, a value its column cannot hold), a limit over FIND's cap,
 * is a {@link org.botserver.application.table.TableException} with the reason.
 */
@PrimaryPort
public interface ReadBotTable {

    List<TableRow> read(ReadTableQuery query);
}
