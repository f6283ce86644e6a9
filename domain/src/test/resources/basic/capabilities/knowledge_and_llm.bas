' Keywords performed by the application are yielded as effects; their result comes back as the value.
' reply: NULL
' reply: NULL
' reply: NULL
' reply: The capital is Paris.
' reply: NULL
' reply: NULL
' reply: NULL
' expect: <USE KB products>
' expect: <SET CONTEXT You are a travel agent.>
' expect: <SET CONTEXT policy | No refunds.>
' expect: <LLM What is the capital of France?>
' expect: The capital is Paris.
' expect: <CLEAR KB>
' expect: <ADD TOOL create-ticket>
' expect: <ADD TOOL check-order>
' expect: <CLEAR TOOLS>
USE KB "products"
SET CONTEXT "You are a travel agent."
SET CONTEXT "policy" AS "No refunds."
answer = LLM "What is the capital of France?"
TALK answer
CLEAR KB
USE TOOL "create-ticket"
ADD TOOL "check-order"
CLEAR TOOLS
