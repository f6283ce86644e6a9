-- Files channel users sent to a bot (WhatsApp images, documents, audio; Telegram photos, documents, voice),
-- fetched from the provider when they arrived, since the providers' own links expire. The dialog hears
-- "media:<id>"; the size is capped by the server (channels.media.max.mb) before anything is stored.
CREATE TABLE channel_media (
    id              uuid          PRIMARY KEY,
    bot_id          varchar(63)   NOT NULL,
    channel         varchar(16)   NOT NULL,
    channel_user_id varchar(128)  NOT NULL,
    kind            varchar(16)   NOT NULL,
    mime_type       varchar(255)  NOT NULL,
    file_name       varchar(1024),
    content         bytea         NOT NULL,
    received_at     timestamptz   NOT NULL
);

CREATE INDEX channel_media_received_idx ON channel_media (received_at);
