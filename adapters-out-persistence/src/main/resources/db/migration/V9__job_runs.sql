-- Runs of scheduled dialogs (SET SCHEDULE). The primary key is the cluster-wide lock: every server that finds a
-- tick due inserts its row, and only the insert that wins runs the dialog.
CREATE TABLE job_runs (
    bot_id     varchar(63)  NOT NULL,
    dialog     varchar(255) NOT NULL,
    tick       timestamptz  NOT NULL,
    started_at timestamptz  NOT NULL,
    ended_at   timestamptz,
    -- SUCCEEDED or FAILED once ended; what the dialog said, or why it failed.
    outcome    varchar(16),
    detail     text,
    PRIMARY KEY (bot_id, dialog, tick)
);

-- A bot's recent runs, newest first.
CREATE INDEX job_runs_recent_idx ON job_runs (bot_id, tick DESC);
