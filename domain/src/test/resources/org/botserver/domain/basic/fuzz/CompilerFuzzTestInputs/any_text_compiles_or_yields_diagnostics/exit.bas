TALK "before"
EXIT
TALK "never"
