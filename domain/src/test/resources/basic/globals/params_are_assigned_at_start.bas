' config.csv's param- rows are variables every dialog starts with; their values are text.
' global: company = Acme
' global: discount = 15
' global: region = unused by this dialog
' expect: Welcome to Acme
' expect: 15 as text: 151
' expect: 15 as a number: 16
' expect: unset: TRUE
TALK "Welcome to ${company}"
TALK "15 as text: " & (discount + "1")
TALK "15 as a number: " & (VAL(discount) + 1)
TALK "unset: " & ISEMPTY(other)
