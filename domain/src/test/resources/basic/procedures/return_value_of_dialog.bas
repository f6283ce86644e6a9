' A top-level RETURN ends the dialog with a value (a tool's result).
' expect: computing
TALK "computing"
RETURN 42
TALK "never"
