' expect: 10 8 6 4 2
' expect: 1 4
' expect: text
' expect: a<b
' expect: 7
' expect: global 2, TRUE
' expect: trapped: Cannot use the text "x" with '*'; a number is needed.
' expect error: 39: Cannot use the text "ab" with '-'; a number is needed.
out = ""
FOR i = 10 TO 1 STEP -2
  out = out & i & " "
NEXT
TALK TRIM(out)
out = ""
FOR i = 1 TO 5
  out = out & i & " "
  i = i + 2
NEXT
TALK TRIM(out)
IF "10" = 10 THEN TALK "text"
a = "a"
b = "b"
IF a < b THEN TALK "a<b"
n = 3
n = n + 4
TALK n
g = 1
SUB Touch()
  g = g + 1
  fresh = "local"
END SUB
Touch
TALK "global " & g & ", " & ISNULL(fresh)
ON ERROR RESUME NEXT
y = "x" * 1
IF ERROR THEN TALK "trapped: " & ERROR MESSAGE
ON ERROR GOTO 0
s = "ab"
s = s - 1
