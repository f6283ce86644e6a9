' A tool binds its arguments to variables with their declared types.
' argument: product = Laptop
' argument: quantity = 3
' argument: email = ana@example.com
' expect: 3 x Laptop for ana@example.com (4 with a spare)
' expect: no notes
PARAM product AS STRING LIKE "Laptop" DESCRIPTION "What to order"
PARAM quantity AS INTEGER DESCRIPTION "How many"
PARAM email AS EMAIL
PARAM notes AS STRING OPTIONAL
DESCRIPTION "Places an order"
TALK quantity & " x " & product & " for " & email & " (" & (quantity + 1) & " with a spare)"
IF ISEMPTY(notes) THEN TALK "no notes"
RETURN "ordered"
