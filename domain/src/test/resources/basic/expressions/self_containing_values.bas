' A container that holds itself prints "…" where it repeats, never endlessly; shared values print in full.
' expect: {name: loop, self: …}
' expect: 1, 2, …
' expect: TRUE
' expect: {a: 1}, {a: 1}
' expect: loop
' expect: TOJSON refused
o = { name: "loop" }
o.self = o
TALK o
a = [1, 2]
a[2] = a
TALK a
TALK o = o
shared = { a: 1 }
TALK [shared, shared]
TALK o.self.self.name
ON ERROR RESUME NEXT
json = TOJSON(o)
IF ERROR THEN TALK "TOJSON refused"
