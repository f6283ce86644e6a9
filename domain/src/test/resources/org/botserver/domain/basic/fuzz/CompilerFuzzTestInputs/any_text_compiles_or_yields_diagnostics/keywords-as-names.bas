IF = 1
TALK = 2
NEXT = 3
END = 4
x.IF = 5
