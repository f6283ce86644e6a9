-- The knowledge bases a conversation's answers are grounded in (USE KB / CLEAR KB), in the order they were used.

ALTER TABLE user_sessions
    ADD COLUMN session_kbs text[] NOT NULL DEFAULT '{}';
