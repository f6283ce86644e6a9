' expect: printed
' expect: Dear Ana,
' expect:   your order 7 is ready.
' expect: Bye!
name = "Ana"
order = 7
PRINT "printed"
BEGIN TALK
    Dear ${name},
      your order ${order} is ready.
    Bye!
END TALK
