HEAR choice AS "Pizza", "Pasta", "Salad"
TALK "You chose " & choice
