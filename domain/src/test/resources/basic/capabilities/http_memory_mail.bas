' reply: NULL
' reply: {"ok":true}
' reply: NULL
' reply: NULL
' reply: NULL
' reply: NULL
' reply: NULL
' reply: dark
' reply: NULL
' reply: NULL
' reply: 3
' reply: NULL
' reply: NULL
' reply: NULL
' reply: NULL
' reply: NULL
' expect: <SET HEADER Authorization | Bearer x>
' expect: <GET https://api.example.com/items>
' expect: <POST https://api.example.com/items | {name: pen}>
' expect: <PUT https://api.example.com/items/1 | {name: pen}>
' expect: <PATCH https://api.example.com/items/1 | {price: 2}>
' expect: <DELETE https://api.example.com/items/1>
' expect: <SET BOT MEMORY theme | dark>
' expect: <GET BOT MEMORY theme>
' expect: theme dark
' expect: <SET USER MEMORY lang | pt>
' expect: <GET USER MEMORY lang>
' expect: <REMEMBER visits | 3 | 7 days>
' expect: <RECALL visits>
' expect: <SEND MAIL ana@example.com | Hi | Welcome!>
' expect: <SEND MAIL bob@example.com | Your order 7 | Dear Bob,
' expect: it shipped.>
' expect: <SET SCHEDULE 0 9 * * 1>
' expect: <TALK TO +5511999999999 | Hello>
SET HEADER "Authorization", "Bearer x"
data = GET "https://api.example.com/items"
POST "https://api.example.com/items", { name: "pen" }
PUT "https://api.example.com/items/1", { name: "pen" }
PATCH "https://api.example.com/items/1", { price: 2 }
DELETE "https://api.example.com/items/1"
SET BOT MEMORY "theme", "dark"
theme = GET BOT MEMORY("theme")
TALK "theme " & theme
SET USER MEMORY "lang", "pt"
lang = GET USER MEMORY("lang")
REMEMBER "visits", 3, "7 days"
visits = RECALL "visits"
SEND MAIL "ana@example.com", "Hi", "Welcome!"
order = 7
BEGIN MAIL "bob@example.com"
Subject: Your order ${order}
Dear Bob,
it shipped.
END MAIL
SET SCHEDULE "0 9 * * 1"
TALK TO "+5511999999999", "Hello"
