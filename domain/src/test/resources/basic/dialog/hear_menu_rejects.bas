' input: kiwi
' input: Apple
' expect: "kiwi" is not one of the options. Please choose one of: 1. Apple, 2. Banana.
' expect: Apple
HEAR fruit AS "Apple", "Banana"
TALK fruit
