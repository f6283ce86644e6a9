' expect: TRUE
' expect: TRUE
' expect: FALSE
' expect: TRUE
' expect: TRUE
' expect: TRUE
' expect: TRUE
' expect: TRUE
' expect: TRUE
' expect: FALSE
TALK 1 = 1
TALK "5" = 5
TALK "a" = "A"
TALK 2 <> 3
TALK 2 < 10
TALK "10" > "9"
TALK 3 >= 3 AND 2 <= 2
TALK "abc" < "abd"
TALK NULL = ""
TALK NOT (1 < 2)
