' RETURN without a value leaves a SUB early; a FUNCTION that ends without RETURN gives NULL.
' expect: start
' expect: []
SUB Early(n)
    TALK "start"
    IF n > 0 THEN RETURN
    TALK "never"
END SUB
FUNCTION NoResult()
    x = 1
END FUNCTION
Early 1
TALK "[" & NoResult() & "]"
