package org.botserver.application.table;

/** Hears about committed bot-table changes (the ON INSERT OF / ON UPDATE OF / ON DELETE OF dialogs). */
public interface TableChangeListener {

    /** Called once per changed row after its write committed; must not throw into the writer. */
    void changed(TableChange change);
}
