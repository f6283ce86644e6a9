' expect: Total: 4
' expect: 12
' expect: 3
' expect: ab
' expect: count=1
TALK "Total: " + 2 * 2
TALK 1 & 2
TALK 1 + 2
TALK "a" + "b"
count = count + 1
TALK "count=" & count
