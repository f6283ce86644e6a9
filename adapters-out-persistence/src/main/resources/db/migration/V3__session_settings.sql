-- What a conversation's dialogs set up for the language model and keep between turns: the tools offered
-- (ADD TOOL / USE TOOL, in the order added) and the SET CONTEXT text.

ALTER TABLE user_sessions
    ADD COLUMN session_tools   text[] NOT NULL DEFAULT '{}',
    ADD COLUMN session_context text;
