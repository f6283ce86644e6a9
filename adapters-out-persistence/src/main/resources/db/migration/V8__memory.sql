-- What dialogs keep between conversations. Values are BASIC values in the domain's tagged binary form
-- (ValueCodec), so a date stays a date and a number keeps its precision.

-- SET BOT MEMORY / GET BOT MEMORY: per bot.
CREATE TABLE bot_memory (
    bot_id     varchar(63)  NOT NULL,
    key        varchar(200) NOT NULL,
    value      bytea        NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (bot_id, key)
);

-- SET USER MEMORY / GET USER MEMORY: per user, across bots (the conversation's user id).
CREATE TABLE user_memory (
    user_id    varchar(255) NOT NULL,
    key        varchar(200) NOT NULL,
    value      bytea        NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);

-- REMEMBER / RECALL: per user of one bot, until expires_at.
CREATE TABLE remembered (
    bot_id     varchar(63)  NOT NULL,
    user_id    varchar(255) NOT NULL,
    key        varchar(200) NOT NULL,
    value      bytea        NOT NULL,
    expires_at timestamptz  NOT NULL,
    PRIMARY KEY (bot_id, user_id, key)
);

-- Purging what has expired.
CREATE INDEX remembered_expires_idx ON remembered (expires_at);
