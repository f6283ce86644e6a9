' The example bot: greets, asks the user's name, and answers with it.
TALK "Hello! I am the hello bot."
TALK "What is your name?"
HEAR name
TALK "Nice to meet you, " + name + "!"
