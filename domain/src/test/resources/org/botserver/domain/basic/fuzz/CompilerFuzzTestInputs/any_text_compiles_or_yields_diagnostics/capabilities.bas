USE KB "manuals"
answer = LLM "Summarise the manual"
rows = FIND "tickets.csv", "status=open"
SAVE "tickets.csv", "id", 1
data = GET "https://example.com/api"
POST "https://example.com/api", data
SET BOT MEMORY "k", "v"
SEND MAIL "a@example.com", "subject", "body"
SET SCHEDULE "0 9 * * *"
ADD TOOL "create-ticket"
