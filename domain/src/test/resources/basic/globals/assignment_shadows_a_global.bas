' Assigning a global changes it for this run only, and the change survives a saved HEAR;
' a dialog it CALLs starts with the bot's value, not the caller's.
' global: company = Acme
' input: yes
' expect: Welcome to Acme
' expect: Now at Initech. Continue?
' expect: Still at Initech
' expect: helper sees Acme
' expect: back at Initech
TALK "Welcome to " & company
company = "Initech"
TALK "Now at " & company & ". Continue?"
HEAR answer
TALK "Still at " & company
CALL "greet-company"
TALK "back at " & company
