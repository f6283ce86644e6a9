' expect: Cannot use the text "abc" with '-'; a number is needed.
' expect: Cannot compare the number 1 with an array.
' expect: Cannot read .name of the number 5.
' expect: FOR … STEP 0 would never end.
' expect error: 19: Array index -1 is negative.
ON ERROR RESUME NEXT
x = "abc" - 1
TALK ERROR MESSAGE
x = 1 < [1]
TALK ERROR MESSAGE
n = 5
x = n.name
TALK ERROR MESSAGE
FOR i = 1 TO 2 STEP 0
NEXT
TALK ERROR MESSAGE
ON ERROR GOTO 0
list = []
list[-1] = 1
