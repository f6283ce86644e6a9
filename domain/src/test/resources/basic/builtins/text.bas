' Text built-ins with known values; positions count from 1 and INSTR gives 0 when the text is absent.
' expect: 11
' expect: HELLO|HELLO
' expect: hello|hello
' expect: [x]|[x  ]|[  x]
' expect: He|lo
' expect: World|World
' expect: 5|0
' expect: Hello BASIC
' expect: 41|5
' expect: 0|3.5
TALK LEN("Hello World")
TALK UCASE("hello") & "|" & UPPER("Hello")
TALK LCASE("HELLO") & "|" & LOWER("HeLLo")
TALK "[" & TRIM("  x  ") & "]|[" & LTRIM("  x  ") & "]|[" & RTRIM("  x  ") & "]"
TALK LEFT("Hello", 2) & "|" & RIGHT("Hello", 2)
TALK MID("Hello World", 7, 5) & "|" & MID("Hello World", 7)
TALK INSTR("Hello World", "o") & "|" & INSTR("Hello", "z")
TALK REPLACE("Hello World", "World", "BASIC")
TALK STR(4) + 1 & "|" & VAL("4") + 1
TALK VAL("abc") & "|" & VAL("3.5")
