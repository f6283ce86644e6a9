' A tool the language model calls: its TALK goes to the user, its RETURN value back to the model.
PARAM subject AS STRING DESCRIPTION "What the problem is, in one sentence"
PARAM priority AS INTEGER DESCRIPTION "1 (urgent) to 3 (when there is time)"
DESCRIPTION "Opens a helpdesk ticket"
TALK "Opening a ticket about: ${subject}"
RETURN "Ticket opened with priority ${priority}: ${subject}"
