c = "b"
SWITCH c
  CASE "a"
    TALK "A"
  CASE "b"
    TALK "B"
  DEFAULT
    TALK "?"
END SWITCH
