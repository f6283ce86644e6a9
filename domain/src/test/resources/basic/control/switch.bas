' expect: red!
' expect: unknown
color = "red"
SWITCH color
    CASE "red"
        TALK "red!"
    CASE "blue"
        TALK "blue!"
    DEFAULT
        TALK "unknown"
END SWITCH
SWITCH "green"
    CASE "red"
        TALK "red!"
    DEFAULT
        TALK "unknown"
END SWITCH
