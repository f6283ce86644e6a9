' expect: after call, error = Cannot use the text "abc" with '*'; a number is needed.
FUNCTION Broken(v)
    RETURN v * 2
END FUNCTION
ON ERROR RESUME NEXT
y = Broken("abc")
TALK "after call, error = " & ERROR MESSAGE
