' expect: 1 2 3
' expect: [] 
LET a = 1
SET b = 2
c = 3
TALK a & " " & b & " " & c
DIM d
DIM e AS STRING
TALK "[" & d & e & "] "
