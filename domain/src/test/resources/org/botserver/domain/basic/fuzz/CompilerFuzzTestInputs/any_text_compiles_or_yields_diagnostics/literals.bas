a = 42
b = 3.25
c = TRUE
d = NULL
e = [1, 2, "three"]
f = {"name": "Ana", "age": 30}
TALK a & b & c & d & e[2] & f.name
