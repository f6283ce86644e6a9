' expect: one
TALK "one"
END
TALK "two"
