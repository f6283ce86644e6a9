name = "Ana"
BEGIN TALK
Hello ${name},
welcome back.
END TALK
