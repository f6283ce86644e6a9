' Routes the user: the opening hours come from another dialog of the package, called with CALL.
TALK "Support here. Type hours or ticket."
HEAR topic AS "hours", "ticket"
IF topic = "hours" THEN
    CALL "hours"
    TALK "Anything else? Type ticket or bye."
    HEAR topic AS "ticket", "bye"
END IF
IF topic = "ticket" THEN
    TALK "Describe the problem in one sentence."
    HEAR problem
    TALK "Ticket opened: " + problem
END IF
TALK "Goodbye."
