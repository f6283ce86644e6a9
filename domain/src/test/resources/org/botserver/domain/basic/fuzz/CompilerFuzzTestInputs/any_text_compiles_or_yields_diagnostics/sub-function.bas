FUNCTION square(n)
  RETURN n * n
END FUNCTION
SUB greet(who)
  TALK "Hello " & who
END SUB
CALL greet("Ana")
greet "Bo"
TALK square(12)
