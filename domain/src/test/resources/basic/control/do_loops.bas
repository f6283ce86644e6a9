' expect: while 0
' expect: while 1
' expect: until 0
' expect: until 1
' expect: post-while 5
' expect: post-until 9
' expect: exited at 3
i = 0
DO WHILE i < 2
    TALK "while " & i
    i = i + 1
LOOP
i = 0
DO UNTIL i = 2
    TALK "until " & i
    i = i + 1
LOOP
i = 5
DO
    TALK "post-while " & i
    i = i + 1
LOOP WHILE i < 3
i = 9
DO
    TALK "post-until " & i
LOOP UNTIL TRUE
i = 0
DO
    i = i + 1
    IF i = 3 THEN EXIT DO
LOOP
TALK "exited at " & i
