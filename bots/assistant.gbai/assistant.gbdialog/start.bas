' The assistant bot: greets, then every message goes to the language model (LLM_URL and friends),
' which may look orders up with the order-status tool.
BEGIN SYSTEM PROMPT
You are the assistant of a small shop. Answer briefly. Use the order-status tool when the user asks about an order.
END SYSTEM PROMPT
ADD TOOL "order-status"
TALK "Hello! I am the shop assistant. Ask me anything, or about your order."
