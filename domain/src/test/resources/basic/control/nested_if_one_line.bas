' expect: a and b
' expect: done
a = 1
b = 2
IF a = 1 THEN
    IF b = 2 THEN TALK "a and b"
ENDIF
IF a = 2 THEN TALK "no" : TALK "no" ELSE TALK "done"
