' Signs the user up for the newsletter: a typed HEAR asks again until the answer fits its type.
TALK "Which e-mail address should get the newsletter?"
HEAR email AS EMAIL
TALK "How many issues a month would you like (1 to 4)?"
HEAR issues AS INTEGER
IF issues < 1 OR issues > 4 THEN
    TALK "We send between 1 and 4 issues a month; you get 4."
    issues = 4
END IF
TALK "Done: " + issues + " issues a month to " + email + "."
