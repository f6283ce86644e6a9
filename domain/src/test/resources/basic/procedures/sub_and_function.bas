' expect: Hello, Ana!
' expect: Hello, Bob!
' expect: 25
' expect: 120
' expect: total 3
SUB Greet(who)
    TALK "Hello, " & who & "!"
END SUB

FUNCTION Square(n)
    RETURN n * n
END FUNCTION

FUNCTION Factorial(n)
    IF n <= 1 THEN RETURN 1
    RETURN n * Factorial(n - 1)
END FUNCTION

CALL Greet("Ana")
Greet "Bob"
TALK Square(5)
TALK Factorial(5)
total = 1
CALL AddTwo
TALK "total " & total

SUB AddTwo
    total = total + 2
END SUB
