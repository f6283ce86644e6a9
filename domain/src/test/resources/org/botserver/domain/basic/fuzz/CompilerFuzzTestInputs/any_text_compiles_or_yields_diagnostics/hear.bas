TALK "Your name?"
HEAR name
TALK "Hi " + name
