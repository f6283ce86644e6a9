DESCRIPTION "Books a table, asking for how many people"
TALK "For how many people?"
HEAR people AS INTEGER
TALK "A table for ${people} is booked."
