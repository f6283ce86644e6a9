a = []
FOR i = 1 TO 100000000
  a = a + [i]
NEXT
