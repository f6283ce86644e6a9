PARAM email AS EMAIL LIKE "ana@example.com" DESCRIPTION "Where to reply"
PARAM kind AS STRING ENUM ["bug", "question"]
PARAM note AS STRING OPTIONAL
DESCRIPTION "Opens a support ticket"
TALK "Ticket for " & email & " (" & kind & ")"
