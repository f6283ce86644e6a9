' A dialog with a system prompt and a schedule still runs its statements.
' expect: <SET SCHEDULE every hour>
' expect: ready
BEGIN SYSTEM PROMPT
You are a helpful assistant for ${company}.
END SYSTEM PROMPT
SET SCHEDULE "every hour"
TALK "ready"
