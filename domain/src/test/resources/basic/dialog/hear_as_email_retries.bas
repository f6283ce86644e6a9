' Invalid input: a type-specific message and the question again.
' input: not-an-email
' input: ana@example.com
' expect: Your e-mail?
' expect: Please enter a valid e-mail address, like name@example.com.
' expect: Thanks, ana@example.com
TALK "Your e-mail?"
HEAR email AS EMAIL
TALK "Thanks, " & email
