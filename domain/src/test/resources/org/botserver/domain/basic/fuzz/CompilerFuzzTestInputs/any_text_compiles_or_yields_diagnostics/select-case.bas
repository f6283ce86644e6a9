x = 2
SELECT CASE x
  CASE 1, 2
    TALK "one or two"
  CASE 3
    TALK "three"
  CASE ELSE
    TALK "other"
END SELECT
