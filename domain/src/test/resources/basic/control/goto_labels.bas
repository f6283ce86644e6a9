' expect: start
' expect: 1
' expect: 2
' expect: end
TALK "start"
n = 0
again:
n = n + 1
TALK n
IF n < 2 THEN GOTO again
GOTO finish
TALK "skipped"
finish:
TALK "end"
