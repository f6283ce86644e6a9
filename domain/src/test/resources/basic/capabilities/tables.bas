' reply: 2
' reply: NULL
' reply: NULL
' reply: NULL
' reply: 17
' reply: 1
' reply: NULL
' reply: NULL
' expect: <FIND customers.csv | city = Rio>
' expect: found 2
' expect: <SAVE customers.csv | {name: Ana, email: ana@example.com}>
' expect: <SAVE customers.csv | {name: Bob}>
' expect: <SAVE customers.csv | {name: Ana}>
' expect: <INSERT orders | {item: pen}>
' expect: id 17
' expect: <UPDATE orders | id = 17 | {item: pencil}>
' expect: <DELETE orders | id = 17>
' expect: <MERGE customers.csv | Ana, Bob | email>
rows = FIND "customers.csv", "city = Rio"
TALK "found " & rows
name = "Ana"
email = "ana@example.com"
SAVE "customers.csv", name, email
SAVE "customers.csv", { name: "Bob" }
SAVE "customers.csv", name
id = INSERT "orders", { item: "pen" }
TALK "id " & id
count = UPDATE "orders", "id = ${id}", { item: "pencil" }
DELETE "orders", "id = 17"
MERGE "customers.csv", ["Ana", "Bob"], "email"
