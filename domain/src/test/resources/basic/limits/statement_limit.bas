' limit: statements 50
' expect error: 4: Statement limit of 50 per turn exceeded.
DO
    x = x + 1
LOOP
