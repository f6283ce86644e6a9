person = {"name": "Ana"}
WITH person
  .age = 30
END WITH
TALK person.age
