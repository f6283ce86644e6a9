' reply: TRUE
' reply: TRUE
' expect: <SEND MAIL ana@example.com, bob@example.org | Hi | Welcome!>
' expect: <SEND MAIL carla@example.com | Order 7 | Shipped.>
' expect: queued TRUE
SEND EMAIL "ana@example.com, bob@example.org", "Hi", "Welcome!"
ok = SEND EMAIL "carla@example.com", "Order 7", "Shipped."
TALK "queued " & ok
