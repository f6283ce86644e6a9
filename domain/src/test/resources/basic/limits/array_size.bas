' limit: array 10
' expect error: 4: Array larger than the limit of 10 elements.
list = []
list[20] = 1
