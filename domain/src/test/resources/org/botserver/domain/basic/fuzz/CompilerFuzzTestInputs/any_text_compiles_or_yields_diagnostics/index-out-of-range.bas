a = [1]
TALK a[5]
TALK a[-1]
TALK a["x"]
TALK NULL.x
TALK 3.x[2]
