' Golden values of the built-in functions used from scripts.
' expect: 5
' expect: World
' expect: 4
' expect: -4
' expect: 0
' expect: HELLO|hello|x
' expect: He|lo
' expect: a-b-c
' expect: 3
' expect: 1,234.50
' expect: 2026-01-15
' expect: Hello|World
TALK INSTR("Hello World", "o")
TALK MID("Hello World", 7, 5)
TALK ROUND(3.7)
TALK FLOOR(-3.1)
TALK VAL("abc")
TALK UCASE("hello") & "|" & LOWER("HELLO") & "|" & TRIM("  x  ")
TALK LEFT("Hello", 2) & "|" & RIGHT("Hello", 2)
TALK JOIN(SPLIT("a,b,c", ","), "-")
TALK MAX(1, 3, 2)
TALK FORMAT(1234.5, "#,##0.00")
TALK FORMAT(TODAY, "YYYY-MM-DD")
TALK FIRST("Hello World") & "|" & LAST("Hello World")
