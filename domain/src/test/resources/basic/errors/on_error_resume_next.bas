' expect: no error yet: FALSE
' expect: trapped: Division by zero.
' expect: x is still 
' expect: thrown: custom failure
' expect: cleared: FALSE
ON ERROR RESUME NEXT
TALK "no error yet: " & ERROR
x = 1 / 0
IF ERROR THEN TALK "trapped: " & ERROR MESSAGE
TALK "x is still " & x
THROW "custom failure"
TALK "thrown: " & ERROR MESSAGE
ON ERROR GOTO 0
TALK "cleared: " & ERROR
