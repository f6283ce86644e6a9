' The hello bot: greets, asks the user's name, and offers a plan with quick replies.
TALK "Hello! I am the hello bot."
TALK "What is your name?"
HEAR name
TALK "Nice to meet you, " + name + "!"
TALK "Would you like the Free or the Pro plan?"
ADD SUGGESTION "free" AS "Free"
ADD SUGGESTION "pro" AS "Pro"
HEAR plan AS "free", "pro"
IF plan = "pro" THEN
    TALK "Pro it is: 20 a month, cancel any time."
ELSE
    TALK "Free it is. Enjoy!"
END IF
