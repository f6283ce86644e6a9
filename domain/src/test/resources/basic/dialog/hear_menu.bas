' input: 2
' input: ba
' input: CHERRY
' expect: Pick a fruit
' expect: You chose Banana
' expect: You chose Banana
' expect: You chose Cherry
TALK "Pick a fruit"
HEAR fruit AS "Apple", "Banana", "Cherry"
TALK "You chose " & fruit
options = ["Apple", "Banana", "Cherry"]
HEAR fruit AS options
TALK "You chose " & fruit
HEAR fruit AS ["Apple", "Banana", "Cherry"]
TALK "You chose " & fruit
