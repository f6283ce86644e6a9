' expect: 3.5
' expect: 0.3
' expect: 4
' expect: 112.5
' expect: 1
' expect: 8
' expect: 14
' expect: 20
' expect: -3
' expect: 3
' expect: 0.5
TALK 7 / 2
TALK 0.1 + 0.2
TALK 2 * 2.0
TALK 45 * 2.5
TALK 7 MOD 3
TALK 2 ^ 3
TALK 2 + 3 * 4
TALK (2 + 3) * 4
TALK -(1 + 2)
TALK 7 \ 2
TALK 2 ^ -1
