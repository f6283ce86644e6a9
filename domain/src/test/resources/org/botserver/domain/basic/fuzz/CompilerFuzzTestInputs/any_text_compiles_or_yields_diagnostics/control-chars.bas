TALK "[31m"

