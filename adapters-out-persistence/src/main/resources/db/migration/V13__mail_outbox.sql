-- The e-mail outbox: SEND MAIL queues a row and returns; each server's delivery round claims due rows (FOR UPDATE
-- SKIP LOCKED, so two servers never take the same mail), sends them and records the outcome. A mail is never
-- deleted here: failed ones stay visible with their last error.
CREATE TABLE mail_outbox (
    id              uuid         PRIMARY KEY,
    bot_id          varchar(63)  NOT NULL,
    -- The addresses, comma-separated.
    recipients      text         NOT NULL,
    subject         text         NOT NULL,
    body            text         NOT NULL,
    status          varchar(8)   NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    -- Attempts made, the one under way included; with the status it fences a claim that has gone stale.
    attempts        integer      NOT NULL DEFAULT 0,
    -- When a queued mail is due (again); while one is being sent, the end of its claim.
    next_attempt_at timestamptz  NOT NULL,
    last_error      text,
    created_at      timestamptz  NOT NULL,
    sent_at         timestamptz
);

-- The delivery round's question: queued mails due now, oldest first.
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'queued';
-- A bot's recent mails for the operators' endpoint.
CREATE INDEX mail_outbox_recent_idx ON mail_outbox (bot_id, created_at DESC);
