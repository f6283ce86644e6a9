' The hello bot: ask a name, greet by name.
' input: Ana
' expect: Hello! What is your name?
' expect: Nice to meet you, Ana!
TALK "Hello! What is your name?"
HEAR name
TALK "Nice to meet you, ${name}!"
