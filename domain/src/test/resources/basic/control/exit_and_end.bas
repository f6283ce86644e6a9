' expect: before
TALK "before"
IF TRUE THEN EXIT
TALK "after"
