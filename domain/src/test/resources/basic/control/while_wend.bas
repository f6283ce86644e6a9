' expect: 1
' expect: 2
' expect: 3
' expect: end 4
i = 1
WHILE i <= 3
    TALK i
    i = i + 1
WEND
TALK "end " & i
