' Takes a note and files it under a title its language model writes (the LLM keyword).
TALK "What should I note?"
HEAR note
title = LLM "A title of three words at most for: " + note
TALK "Noted under: " + title
