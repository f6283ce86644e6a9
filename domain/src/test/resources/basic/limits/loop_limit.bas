' limit: loops 100
' expect error: 3: Loop limit of 100 iterations per turn exceeded.
WHILE TRUE
WEND
