s = "ab"
FOR i = 1 TO 64
  s = s & s
NEXT
TALK LEN(s)
