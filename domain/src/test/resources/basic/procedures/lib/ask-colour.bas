TALK "Favourite colour?"
HEAR colour
TALK "Noted: " & colour
EXIT
TALK "never"
