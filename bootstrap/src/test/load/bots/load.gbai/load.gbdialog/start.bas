' The load generator's bot: it never ends, so every message resumes the dialog waiting in HEAR, answers,
' and waits in HEAR again -- one durable dialog turn per message.
TALK "Ready for load."
turns = 0
DO
    HEAR text
    turns = turns + 1
    TALK "Turn " & turns & ": " & text
LOOP
