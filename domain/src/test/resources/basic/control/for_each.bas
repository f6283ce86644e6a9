' expect: apple
' expect: pear
' expect: Ana
' expect: 30
' expect: no items
FOR EACH fruit IN ["apple", "pear"]
    TALK fruit
NEXT fruit
FOR EACH v IN { name: "Ana", age: 30 }
    TALK v
NEXT
FOR EACH item IN emptyThing
    TALK "never"
NEXT
TALK "no items"
