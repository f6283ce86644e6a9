n = 0
DO WHILE n < 3
  n = n + 1
LOOP
DO UNTIL n = 0
  n = n - 1
LOOP
DO
  n = n + 2
  IF n > 100 THEN EXIT DO
LOOP WHILE n < 6
DO
  n = n - 1
LOOP UNTIL n <= 0
TALK n
