' TOJSON, TOYAML and JSON PARSE between values and text.
' expect: null
' expect: {"item":"pen","qty":2,"tags":["a","b"],"paid":true,"note":null}
' expect: item: pen
' expect: qty: 2
' expect: tags:
' expect:   - a
' expect:   - b
' expect: paid: true
' expect: note: null
' expect: 12.5|2|b
TALK TOJSON(order)
order = { item: "pen", qty: 2, tags: ["a", "b"], paid: TRUE, note: NULL }
TALK TOJSON(order)
TALK TOYAML(order)
back = JSON PARSE("{""total"": 12.50, ""items"": [""a"", ""b""]}")
TALK back.total & "|" & LEN(back.items) & "|" & back.items[1]
