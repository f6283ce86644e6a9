' A THROW of nothing still fails with words a person can read, trapped or not.
' expect: trapped: An error was thrown without a message.
' expect: before
' expect error: 11: An error was thrown without a message.
ON ERROR RESUME NEXT
THROW NULL
TALK "trapped: " & ERROR MESSAGE
ON ERROR GOTO 0
TALK "before"
empty = ""
THROW empty
TALK "never said"
