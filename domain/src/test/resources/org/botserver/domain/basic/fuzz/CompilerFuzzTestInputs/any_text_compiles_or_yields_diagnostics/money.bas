price = 19.99
qty = 3
TALK "Total: " & FORMAT(price * qty, "#,##0.00")
TALK 0.1 + 0.2
TALK 112.5 * 1
