x = 1
LET y = 2
SET z = x + y
TALK z
