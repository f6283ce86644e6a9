' expect: for stopped at 3
' expect: while stopped at 2
' expect: inner exit keeps outer: 3
FOR i = 1 TO 10
    IF i = 3 THEN EXIT FOR
NEXT
TALK "for stopped at " & i
j = 0
WHILE TRUE
    j = j + 1
    IF j = 2 THEN EXIT WHILE
WEND
TALK "while stopped at " & j
outer = 0
FOR a = 1 TO 3
    outer = outer + 1
    FOR b = 1 TO 3
        EXIT FOR
    NEXT
NEXT
TALK "inner exit keeps outer: " & outer
