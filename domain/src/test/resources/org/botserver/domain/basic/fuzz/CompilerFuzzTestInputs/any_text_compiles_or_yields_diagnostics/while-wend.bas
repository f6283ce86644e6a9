n = 0
WHILE n < 5
  n = n + 1
  IF n = 4 THEN EXIT WHILE
WEND
TALK n
