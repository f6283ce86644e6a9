' expect: Ana from Rio
' expect: 2
WITH customer
    .name = "Ana"
    .city = "Rio"
END WITH
TALK customer.name & " from " & customer.city
order = { items: [1, 2] }
WITH order
    TALK LEN(.items)
END WITH
