' The helpdesk bot: greets, then every message goes to its language model, which may open tickets.
BEGIN SYSTEM PROMPT
You are a helpdesk. Open a ticket with the create-ticket tool when the user reports a problem.
END SYSTEM PROMPT
ADD TOOL "create-ticket"
TALK "Hello! Tell me what is wrong and I will open a ticket."
