x = 5
IF x > 10 THEN
  TALK "big"
ELSE IF x > 3 THEN
  TALK "medium"
ELSEIF x > 1 THEN
  TALK "small"
ELSE
  TALK "tiny"
END IF
IF x = 5 THEN TALK "five"
