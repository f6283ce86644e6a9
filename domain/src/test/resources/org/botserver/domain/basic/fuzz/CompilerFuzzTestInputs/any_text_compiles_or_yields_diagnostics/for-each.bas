items = ["a", "b", "c"]
FOR EACH it IN items
  TALK it
NEXT
TALK UBOUND(items) & " " & LEN(items)
