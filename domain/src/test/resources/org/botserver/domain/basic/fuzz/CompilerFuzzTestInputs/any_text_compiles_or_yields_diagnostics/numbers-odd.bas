a = 1.
b = .5
c = 1e3
d = 0x1F
e = 1_000
f = --1
g = 1..2
TALK a & b & c & d & e & f & g
