' expect error: 6:6: Expect THEN after IF condition.
' expect error: 7:1: Unexpected END IF without its opening statement.
' expect error: 8:5: Unknown function FOO.
' expect error: 9:1: EXIT FOR outside a FOR loop.
' expect error: 10:1: Unknown label nowhere.
IF x TALK "no then"
END IF
x = FOO(1)
EXIT FOR
GOTO nowhere
