-- Messaging channels (WhatsApp, Telegram): which conversation each channel user is in, the webhook
-- deliveries already taken (providers retry them), and what providers report about the messages sent.

-- No foreign key to user_sessions: a link to a conversation that is gone simply starts a new one.
CREATE TABLE channel_links (
    bot_id          varchar(63)  NOT NULL,
    channel         varchar(16)  NOT NULL,
    channel_user_id varchar(128) NOT NULL,
    session_id      uuid         NOT NULL,
    updated_at      timestamptz  NOT NULL,
    PRIMARY KEY (bot_id, channel, channel_user_id)
);

-- TALK TO: a recipient of a bot on whichever channel they used last.
CREATE INDEX channel_links_recipient_idx ON channel_links (bot_id, channel_user_id, updated_at DESC);

CREATE TABLE channel_deliveries (
    bot_id      varchar(63)  NOT NULL,
    channel     varchar(16)  NOT NULL,
    -- WhatsApp's message id (wamid...) or Telegram's update_id.
    delivery_id varchar(255) NOT NULL,
    received_at timestamptz  NOT NULL,
    PRIMARY KEY (bot_id, channel, delivery_id)
);

-- Forgetting deliveries older than the providers' retry windows.
CREATE INDEX channel_deliveries_received_idx ON channel_deliveries (received_at);

CREATE TABLE channel_statuses (
    channel     varchar(16)  NOT NULL,
    message_id  varchar(255) NOT NULL,
    recipient   varchar(128) NOT NULL,
    status      varchar(32)  NOT NULL,
    reported_at timestamptz  NOT NULL,
    PRIMARY KEY (channel, message_id)
);
