' expect: Ana
' expect: Rio
' expect: 20
' expect: 3
' expect: 2
' expect: 
' expect: Bob
' expect: x, y
person = { name: "Ana", address: { city: "Rio" } }
TALK person.name
TALK person.ADDRESS.city
items = [10, 20, 30]
TALK items[1]
TALK LEN(items)
TALK UBOUND(items)
TALK items[9]
person.name = "Bob"
TALK person["name"]
order.lines[0] = "x"
order.lines[1] = "y"
TALK order.lines
