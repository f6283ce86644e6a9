' argument: size = XL
' expect error: 0: Argument size of tool param_enum_rejects: "XL" is not one of S, M, L.
PARAM size AS STRING ENUM ["S", "M", "L"]
TALK size
