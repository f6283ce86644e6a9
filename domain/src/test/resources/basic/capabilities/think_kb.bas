' THINK KB searches the session's knowledge bases; the hits come back as the keyword's value.
' reply: NULL
' reply: 2
' reply: Refunds reach the card within five days.
' expect: <USE KB policies>
' expect: <THINK KB refund time>
' expect: 2 hits
' expect: <THINK KB refund time | 1>
' expect: Best: Refunds reach the card within five days.
USE KB "policies"
hits = THINK KB "refund time"
TALK hits & " hits"
TALK "Best: " & THINK KB("refund time", 1)
