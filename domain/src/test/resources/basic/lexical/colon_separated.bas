' expect: a
' expect: b
TALK "a" : TALK "b"
