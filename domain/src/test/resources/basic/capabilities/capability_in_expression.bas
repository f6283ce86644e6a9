' A capability used inside a larger expression resumes with its value in place.
' reply: Paris
' reply: dark
' expect: <LLM capital?>
' expect: Answer: PARIS!
' expect: <GET BOT MEMORY theme>
' expect: dark mode
TALK "Answer: " & UCASE(LLM "capital?") & "!"
IF GET BOT MEMORY("theme") = "dark" THEN TALK "dark mode"
