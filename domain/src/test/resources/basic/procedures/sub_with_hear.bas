' A SUB can wait for the user; the call stack survives serialization.
' input: Ana
' input: 42
' expect: Name?
' expect: Age?
' expect: Ana is 42
FUNCTION Ask(question, kind)
    TALK question
    HEAR answer
    RETURN answer
END FUNCTION
name = Ask("Name?", "text")
age = Ask("Age?", "number")
TALK name & " is " & age
