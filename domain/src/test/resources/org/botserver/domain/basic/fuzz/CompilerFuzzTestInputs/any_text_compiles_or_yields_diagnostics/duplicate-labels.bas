a:
a:
GOTO a
