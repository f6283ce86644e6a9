' The orders bot: every question goes to its language model, which looks orders up with a BASIC tool.
BEGIN SYSTEM PROMPT
You help customers with their orders. Look an order up with the order-status tool before answering about it.
END SYSTEM PROMPT
ADD TOOL "order-status"
TALK "Hi! Ask me about your order."
