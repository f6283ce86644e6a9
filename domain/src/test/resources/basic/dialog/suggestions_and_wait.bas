' expect: <suggestion Yes -> Yes>
' expect: <suggestion Sure! -> yes>
' expect: <suggestion Maybe -> later>
' expect: <suggestion Open a ticket -> tool create-ticket>
' expect: <clear suggestions>
' expect: <wait 2s>
' expect: <wait 5s>
' expect: <wait 0.5s>
ADD SUGGESTION "Yes"
ADD SUGGESTION "yes" AS "Sure!"
ADD SUGGESTION TEXT "later" AS "Maybe"
ADD SUGGESTION TOOL "create-ticket" AS "Open a ticket"
CLEAR SUGGESTIONS
WAIT 2
WAIT 3600
WAIT 0.5
