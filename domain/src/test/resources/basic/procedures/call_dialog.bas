' CALL "other" runs another dialog of the bot and comes back.
' input: blue
' expect: main starts
' expect: Favourite colour?
' expect: Noted: blue
' expect: main continues
TALK "main starts"
CALL "ask-colour"
TALK "main continues"
