FOR i = 1 TO 3
  FOR j = 1 TO 3
    IF i = j THEN
      SELECT CASE i
        CASE 2
          WHILE j < 3
            j = j + 1
          WEND
      END SELECT
    END IF
  NEXT
NEXT
TALK i & j
