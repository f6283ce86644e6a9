' expect error: 4:1: Expect NEXT to close FOR at line 4.
' expect error: 5:5: Expect END IF to close IF at line 5.
' expect error: 6:12: Unterminated string.
FOR i = 1 TO 3
    IF i = 2 THEN
      TALK "oops
