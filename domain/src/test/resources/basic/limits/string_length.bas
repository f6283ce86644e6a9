' limit: string 1000
' expect error: 5: Text longer than the limit of 1000 characters.
s = "x"
DO
    s = s & s
LOOP
