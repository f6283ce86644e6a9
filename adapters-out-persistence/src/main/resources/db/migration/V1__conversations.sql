-- Conversations (one per session today) and their message history.

CREATE TABLE user_sessions (
    id           uuid        PRIMARY KEY,
    bot_id       varchar(63) NOT NULL,
    user_id      varchar(255) NOT NULL,
    status       varchar(16) NOT NULL
        CONSTRAINT user_sessions_status_check CHECK (status IN ('active', 'awaiting_input', 'ended')),
    -- The suspended BASIC interpreter (ExecutionState.toBytes()); empty when the dialog holds no state.
    dialog_state bytea       NOT NULL DEFAULT ''::bytea,
    -- Optimistic lock: a turn updates only the version it loaded and stores version + 1.
    version      bigint      NOT NULL CONSTRAINT user_sessions_version_check CHECK (version > 0),
    started_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);

-- A user's sessions with a bot, most recent first.
CREATE INDEX user_sessions_bot_user_idx ON user_sessions (bot_id, user_id, updated_at DESC);

CREATE TABLE message_history (
    id          uuid        PRIMARY KEY,
    session_id  uuid        NOT NULL REFERENCES user_sessions (id) ON DELETE CASCADE,
    role        varchar(16) NOT NULL CONSTRAINT message_history_role_check CHECK (role IN ('user', 'bot')),
    content     text        NOT NULL,
    tokens_used integer     NOT NULL DEFAULT 0 CONSTRAINT message_history_tokens_check CHECK (tokens_used >= 0),
    created_at  timestamptz NOT NULL,
    -- Insertion order: keeps the messages of one turn in the order they were said, even at equal timestamps.
    seq         bigint      GENERATED ALWAYS AS IDENTITY
);

-- History pages: one conversation, newest first, optionally before an instant.
CREATE INDEX message_history_session_time_idx ON message_history (session_id, created_at, seq);
