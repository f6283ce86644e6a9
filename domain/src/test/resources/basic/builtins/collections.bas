' Built-ins over arrays and words: SPLIT, JOIN, FIRST, LAST, UBOUND, CONTAINS, ISNULL, ISEMPTY and UUID.
' expect: 3|2|a-b-c
' expect: a|c
' expect: Hello|World
' expect: TRUE|TRUE|FALSE
' expect: TRUE|FALSE|TRUE|TRUE|FALSE
' expect: 36|-|TRUE
parts = SPLIT("a,b,c", ",")
TALK LEN(parts) & "|" & UBOUND(parts) & "|" & JOIN(parts, "-")
TALK FIRST(parts) & "|" & LAST(parts)
TALK FIRST("Hello big World") & "|" & LAST("Hello big World")
TALK CONTAINS(parts, "b") & "|" & CONTAINS("Hello", "ell") & "|" & CONTAINS(parts, "z")
TALK ISNULL(nothing) & "|" & ISNULL("") & "|" & ISEMPTY("") & "|" & ISEMPTY([]) & "|" & ISEMPTY("x")
id = UUID
TALK LEN(id) & "|" & MID(id, 9, 1) & "|" & (id <> UUID)
