-- The taken webhook deliveries become an inbox: each keeps its message until the bot has answered it, so a server
-- that dies between acknowledging a webhook (the provider will not send it again) and answering it does not lose it.
-- A sweep claims again, oldest first, the unanswered deliveries whose claim has gone stale and answers them.
ALTER TABLE channel_deliveries
    ADD COLUMN channel_user_id varchar(128),
    -- The inbound message as named text fields: {"type": "text", "text": "hi"}; see ChannelMessageFields.
    ADD COLUMN message         jsonb,
    ADD COLUMN claimed_at      timestamptz,
    -- Claims made, the first included; an update claimed too often (it kills the server) is given up.
    ADD COLUMN claims          integer NOT NULL DEFAULT 1,
    ADD COLUMN answered_at     timestamptz;

-- Deliveries taken before the inbox existed were answered (or are beyond saving: their message was not kept).
UPDATE channel_deliveries SET answered_at = received_at, claimed_at = received_at;
ALTER TABLE channel_deliveries ALTER COLUMN claimed_at SET NOT NULL;

-- The sweep's question stays small: only the unanswered rows are indexed.
CREATE INDEX channel_deliveries_unanswered_idx ON channel_deliveries (claimed_at) WHERE answered_at IS NULL;
