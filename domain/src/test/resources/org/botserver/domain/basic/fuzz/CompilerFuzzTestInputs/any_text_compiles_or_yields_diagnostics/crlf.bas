TALK "one"
x = 1 + _
  2
IF x = 3 THEN
  TALK x
END IF
