' expect: inside 1
' expect: outside 
' expect: exit sub works
SUB Work()
    temp = 1
    TALK "inside " & temp
    EXIT SUB
    TALK "never"
END SUB
Work
TALK "outside " & temp
FUNCTION Check(x)
    IF x THEN
        RETURN "exit sub works"
    END IF
    EXIT FUNCTION
END FUNCTION
TALK Check(TRUE)
