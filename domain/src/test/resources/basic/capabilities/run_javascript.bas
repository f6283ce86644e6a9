' reply: 6
' expect: <RUN JAVASCRIPT 1 + 2 + 3>
' expect: 6
x = RUN JS "1 + 2 + 3"
TALK x
