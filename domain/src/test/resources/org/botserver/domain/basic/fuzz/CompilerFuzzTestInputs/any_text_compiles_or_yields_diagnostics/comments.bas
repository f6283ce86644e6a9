' a comment
REM another
// a third
TALK "ok" ' trailing
