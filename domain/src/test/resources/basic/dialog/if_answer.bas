' input: yes
' input: no
' expect: Do you like BASIC?
' expect: Great!
' expect: Again?
' expect: Oh well.
TALK "Do you like BASIC?"
HEAR answer
IF answer = "yes" THEN
    TALK "Great!"
ELSE
    TALK "Too bad."
END IF
TALK "Again?"
HEAR answer
IF answer = "yes" THEN TALK "Great!" ELSE TALK "Oh well."
