name = "Ana"
TALK "Hi ${name}!\nYou have ${1 + 2} messages."
