' argument: quantity = lots
' expect error: 0: Argument quantity of tool invalid_argument: Please enter a whole number, like 42.
PARAM quantity AS INTEGER
TALK quantity
