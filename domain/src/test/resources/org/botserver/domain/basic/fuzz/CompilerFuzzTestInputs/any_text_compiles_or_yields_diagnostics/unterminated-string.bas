TALK "never closed
TALK "x"
