' Numeric built-ins with known values, in exact decimal arithmetic; ROUND rounds half away from zero.
' expect: 3|-4
' expect: 4|3|3.14
' expect: -4|4|-3
' expect: 5.5|4|1.5
' expect: 1|3|-1.5
' expect: dice in range
' expect: fraction in range
TALK INT(3.7) & "|" & INT(-3.7)
TALK ROUND(3.7) & "|" & ROUND(2.5) & "|" & ROUND(3.14159, 2)
TALK FLOOR(-3.1) & "|" & CEIL(3.1) & "|" & CEIL(-3.9)
TALK ABS(-5.5) & "|" & SQRT(16) & "|" & SQRT(2.25)
TALK MIN(3, 1, 2) & "|" & MAX(1, 3, 2) & "|" & MIN(-1.5, 2)
r = RANDOM(1, 6)
IF r >= 1 AND r <= 6 AND r = INT(r) THEN TALK "dice in range"
f = RANDOM()
IF f >= 0 AND f < 1 THEN TALK "fraction in range"
