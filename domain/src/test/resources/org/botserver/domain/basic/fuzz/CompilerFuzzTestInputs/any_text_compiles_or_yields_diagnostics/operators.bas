a = 7 / 2
b = 7 MOD 3
c = 2 ^ 10
d = "n=" + 4
e = 0.1 + 0.2
f = NOT (a > 3 AND b <> 1 OR c <= 1024)
g = 2 IN [1, 2, 3]
TALK a & " " & b & " " & c & " " & d & " " & e & " " & f & " " & g
