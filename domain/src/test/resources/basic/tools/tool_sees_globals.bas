' A dialog called as a tool starts with the globals too; an argument of the same name wins.
' global: company = Acme
' global: product = Widget
' argument: product = Laptop
' expect: Acme sells Laptop
PARAM product AS STRING DESCRIPTION "What to order"
DESCRIPTION "Says who sells what"
TALK company & " sells " & product
