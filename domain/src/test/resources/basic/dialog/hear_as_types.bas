' input: 42
' input: 12.50
' input: sim
' input: no
' expect: 43
' expect: 25
' expect: TRUE
' expect: FALSE
HEAR n AS INTEGER
TALK n + 1
HEAR price AS MONEY
TALK price * 2
HEAR ok AS BOOLEAN
TALK ok
HEAR again AS BOOLEAN
TALK again
