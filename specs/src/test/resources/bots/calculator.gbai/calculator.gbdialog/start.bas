' The calculator bot: works sums out in sandboxed JavaScript, offers its VAT tool to the language model, and is
' refused when its script reaches for the host or a private address.
BEGIN SYSTEM PROMPT
You add VAT with the vat tool.
END SYSTEM PROMPT
ADD TOOL "vat"
HEAR numbers
total = RUN JS "args[0].split(',').map(Number).reduce((a, b) => a + b, 0)", numbers
TALK "The sum is " & total
ON ERROR RESUME NEXT
escaped = RUN JS "java.lang.System.exit(1)"
IF ERROR THEN TALK "The sandbox said no."
inside = GET "http://169.254.169.254/latest/meta-data/"
IF ERROR THEN TALK "The metadata address is refused."
ON ERROR GOTO 0
TALK "Ask me about VAT."
