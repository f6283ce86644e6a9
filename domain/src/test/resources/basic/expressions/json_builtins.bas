' expect: {"a":1}
' expect: 2
TALK TOJSON({ a: 1 })
obj = JSON PARSE("{""b"": 2}")
TALK obj.b
