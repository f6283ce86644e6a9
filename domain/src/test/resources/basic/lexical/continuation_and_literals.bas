' expect: 10
' expect: Ana is 30
' expect: 3
' expect: TRUE FALSE
' expect: [] is empty
total = 1 + 2 + _
        3 + 4
TALK total
person = { name: "Ana", "age": 30 }
TALK person.name & " is " & person.age
list = [1, 2,
        3]
TALK LEN(list)
TALK TRUE & " " & FALSE
IF NOT ISEMPTY(NULL) THEN TALK "wrong" ELSE TALK "[] is empty"
