' input: go
' expect: 2 2
' expect: Bia Bia
' expect: 2
' expect: 2
a = [1]
b = a
o = { name: "Ana" }
p = o
list = [o, o]
o.self = o
HEAR x
a[0] = 2
p.name = "Bia"
TALK a[0] & " " & b[0]
TALK o.name & " " & list[1].name
TALK LEN(o.self.self.self)
TALK UBOUND(list) + 1
