total = 0
FOR i = 10 TO 1 STEP -2
  total = total + i
  IF total > 20 THEN EXIT FOR
NEXT
TALK total
