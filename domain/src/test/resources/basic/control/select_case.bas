' expect: one
' expect: two or three
' expect: teen
' expect: big
' expect: other
' expect: fruit
FOR EACH n IN [1, 3, 15, 200, -1]
    SELECT CASE n
        CASE 1
            TALK "one"
        CASE 2, 3
            TALK "two or three"
        CASE 13 TO 19
            TALK "teen"
        CASE IS >= 100
            TALK "big"
        CASE ELSE
            TALK "other"
    END SELECT
NEXT n
SELECT CASE "apple"
    CASE "apple", "pear"
        TALK "fruit"
END SELECT
