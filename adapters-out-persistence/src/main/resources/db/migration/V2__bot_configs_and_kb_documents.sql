-- Per-bot settings (config.csv of a .gbai package) and the documents indexed into a bot's knowledge bases.

CREATE TABLE bot_configs (
    bot_id     varchar(63)  NOT NULL,
    key        varchar(255) NOT NULL,
    value      text         NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (bot_id, key)
);

CREATE TABLE kb_documents (
    id           uuid          PRIMARY KEY,
    bot_id       varchar(63)   NOT NULL,
    collection   varchar(255)  NOT NULL,
    -- Path inside the bot's .gbkb folder.
    path         varchar(1024) NOT NULL,
    -- Hash of the file's bytes: an unchanged document is not indexed again.
    content_hash varchar(128)  NOT NULL,
    chunk_count  integer       NOT NULL DEFAULT 0 CONSTRAINT kb_documents_chunk_count_check CHECK (chunk_count >= 0),
    status       varchar(16)   NOT NULL,
    -- Why indexing failed, in words for the bot's author; null unless it did.
    error        text,
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT kb_documents_bot_collection_path_key UNIQUE (bot_id, collection, path)
);

-- Documents still to index or failed, per bot.
CREATE INDEX kb_documents_bot_status_idx ON kb_documents (bot_id, status);
