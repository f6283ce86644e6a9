' The policies bot: its answers are grounded in the "policies" knowledge base.
BEGIN SYSTEM PROMPT
You answer questions about the shop's policies, only from the passages you are given.
END SYSTEM PROMPT
USE KB "policies"
TALK "Ask me about returns or shipping."
