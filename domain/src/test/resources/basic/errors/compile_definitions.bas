' expect error: 8:1: SUB Greet is already defined at line 5.
' expect error: 11:1: Unknown SUB Missing.
' expect error: 12:5: SUB Greet returns no value; declare it as FUNCTION or use CALL.
' expect error: 13:1: Greet takes 1 argument but is given 2.
SUB Greet(a)
    TALK a
END SUB
SUB Greet(b)
    TALK b
END SUB
CALL Missing
x = Greet(1)
Greet 1, 2
