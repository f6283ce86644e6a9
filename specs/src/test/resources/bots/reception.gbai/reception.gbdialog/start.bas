' The reception bot: its greeting is changed while a conversation waits in HEAR (see hot_reload.feature).
TALK "Welcome! What is your name?"
HEAR name
TALK "Thank you, " + name + "."
