' expect: empty text is false
' expect: zero is false
' expect: null is false
' expect: empty array is false
' expect: filled array is true
' expect: short-circuit
' expect: TRUE
IF "" THEN TALK "wrong" ELSE TALK "empty text is false"
IF 0 THEN TALK "wrong" ELSE TALK "zero is false"
IF missing THEN TALK "wrong" ELSE TALK "null is false"
IF [] THEN TALK "wrong" ELSE TALK "empty array is false"
IF [0] THEN TALK "filled array is true"
IF FALSE AND 1 / 0 THEN TALK "wrong" ELSE TALK "short-circuit"
TALK FALSE OR 1
