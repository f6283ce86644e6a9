' ENUM restricts a tool argument to its values (any case), bound with the declared spelling.
' argument: size = m
' argument: colour = blue
' expect: size M in blue
PARAM size AS STRING ENUM ["S", "M", "L"] DESCRIPTION "Shirt size"
PARAM colour ENUM ["red", "blue"] OPTIONAL
TALK "size " & size & " in " & colour
IF size = "M" THEN RETURN "ok"
