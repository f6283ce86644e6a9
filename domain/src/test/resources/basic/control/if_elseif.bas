' expect: small
' expect: medium
' expect: large
' expect: huge
FOR EACH n IN [1, 50, 500, 5000]
    IF n < 10 THEN
        TALK "small"
    ELSEIF n < 100 THEN
        TALK "medium"
    ELSE IF n < 1000 THEN
        TALK "large"
    ELSE
        TALK "huge"
    END IF
NEXT
