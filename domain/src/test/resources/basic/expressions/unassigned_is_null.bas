' expect: [] 
' expect: null
TALK "[" & nothingHere & "] "
IF ISNULL(nothingHere) THEN TALK "null"
