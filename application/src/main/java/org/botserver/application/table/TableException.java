package org.botserver.application.table;

/** A bot-table operation the tables refused (an unknown column, a value of the wrong type...), said plainly for the dialog's user. */
public class TableException extends RuntimeException {

    public TableException(String message) {
        super(message);
    }

    public TableException(String message, Throwable cause) {
        super(message, cause);
    }
}
