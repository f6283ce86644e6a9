' expect: 1 2 3
' expect: 10 8 6
' expect: 0 0.5 1
' expect: after 4
' expect: none
line = ""
FOR i = 1 TO 3
    line = line & i & " "
NEXT i
TALK TRIM(line)
line = ""
FOR i = 10 TO 5 STEP -2
    line = line & i & " "
NEXT
TALK TRIM(line)
line = ""
FOR x = 0 TO 1 STEP 0.5
    line = line & x & " "
NEXT
TALK TRIM(line)
TALK "after " & i
FOR k = 1 TO 0
    TALK "never"
NEXT
TALK "none"
