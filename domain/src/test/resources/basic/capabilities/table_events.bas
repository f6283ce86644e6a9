' ON … OF declarations do nothing when the dialog runs; ON ERROR keeps working beside them.
' expect: a row outside an event: TRUE
' expect: trapped: Division by zero.
ON INSERT OF "orders"
ON UPDATE OF "orders.csv"
ON DELETE OF "Customers"
TALK "a row outside an event: " & ISNULL(row)
ON ERROR RESUME NEXT
x = 1 / 0
TALK "trapped: " & ERROR MESSAGE
ON ERROR GOTO 0
