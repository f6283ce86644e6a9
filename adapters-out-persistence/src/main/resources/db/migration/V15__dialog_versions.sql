-- Every dialog version a bot has run, so a conversation waiting in HEAR on a replaced version resumes on it after a
-- restart or on another server (the runtime's saved state names each dialog's version: a content hash of its source).

CREATE TABLE dialog_versions (
    bot_id    varchar(63)   NOT NULL,
    dialog    varchar(255)  NOT NULL,
    -- The content hash the compiled program and every state saved by it record.
    version   varchar(64)   NOT NULL,
    -- The file the source was read from ("shop.gbdialog/start.bas"), as its errors name it.
    file      varchar(1024) NOT NULL,
    source    text          NOT NULL,
    stored_at timestamptz   NOT NULL,
    -- The last time a server had this version live; the sweep deletes only versions not live for a while.
    live_at   timestamptz   NOT NULL,
    PRIMARY KEY (bot_id, dialog, version)
);

-- The sweep's candidates: versions no server has had live since a cutoff.
CREATE INDEX dialog_versions_live_at_idx ON dialog_versions (live_at);

