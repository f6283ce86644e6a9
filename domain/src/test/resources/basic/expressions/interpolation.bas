' expect: Hi Ana, you are 30 (next year 31).
' expect: Items: 3
' expect: Upper: ANA
' expect: nested "quotes" ok
name = "Ana"
age = 30
TALK "Hi ${name}, you are ${age} (next year ${age + 1})."
TALK "Items: ${LEN([1, 2, 3])}"
TALK "Upper: ${UCASE(name)}"
TALK "nested ${"\"quotes\""} ok"
