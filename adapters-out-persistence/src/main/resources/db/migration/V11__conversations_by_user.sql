-- GET /api/conversations: one user's conversations across bots, most recently active first.
CREATE INDEX user_sessions_user_activity_idx ON user_sessions (user_id, updated_at DESC);
