' Limits count per turn: waiting for the user starts a fresh budget.
' limit: loops 15
' input: go
' expect: first 10
' expect: second 10
FOR i = 1 TO 10
NEXT
TALK "first " & (i - 1)
HEAR x
FOR i = 1 TO 10
NEXT
TALK "second " & (i - 1)
