' expect: start
' expect error: 5: Division by zero.
TALK "start"
x = 0
y = 10 / x
TALK "never"
