' Greets, asks the user's name and answers with it; then the dialog ends.
TALK "Hello! I am the greeter."
TALK "What is your name?"
HEAR name
TALK "Nice to meet you, " + name + "!"
