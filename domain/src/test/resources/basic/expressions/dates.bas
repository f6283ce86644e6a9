' expect: 2026-01-15
' expect: 2026-01-20
' expect: TRUE
d = TODAY
TALK d
TALK d + 5
TALK d + 1 > d
