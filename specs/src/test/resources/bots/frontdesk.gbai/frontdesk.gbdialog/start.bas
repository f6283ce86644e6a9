' Greets a channel user, asks their name, then offers a menu the channel shows as buttons or an inline keyboard.
TALK "Hello! I am the front desk. What is your name?"
HEAR name
TALK "Nice to meet you, " + name + "! Which plan?"
HEAR plan AS "Free", "Pro"
TALK "You chose " + plan + "."
