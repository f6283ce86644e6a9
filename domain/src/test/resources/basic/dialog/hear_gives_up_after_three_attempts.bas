' input: x
' input: y
' input: z
' expect: How many?
' expect: Please enter a whole number, like 42.
' expect: Please enter a whole number, like 42.
' expect: got []
TALK "How many?"
HEAR qty AS INTEGER
TALK "got [" & qty & "]"
