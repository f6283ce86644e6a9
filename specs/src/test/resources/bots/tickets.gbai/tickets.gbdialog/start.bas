' The tickets bot: keeps each problem it is told in its "tickets" table and counts them.
TALK "What is the problem?"
HEAR subject
priority = 2
SAVE "tickets", subject, priority
open = FIND "tickets", "priority = 2"
TALK "Ticket saved. Open tickets of priority 2: " + LEN(open)
