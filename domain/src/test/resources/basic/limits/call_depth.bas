' limit: depth 20
' expect error: 4: Call depth limit of 20 exceeded.
FUNCTION Forever(n)
    RETURN Forever(n + 1)
END FUNCTION
x = Forever(1)
