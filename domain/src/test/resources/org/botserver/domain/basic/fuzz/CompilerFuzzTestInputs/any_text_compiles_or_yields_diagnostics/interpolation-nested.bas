TALK "${"${"${1}"}"}"
TALK "${}"
TALK "$${x}}"
