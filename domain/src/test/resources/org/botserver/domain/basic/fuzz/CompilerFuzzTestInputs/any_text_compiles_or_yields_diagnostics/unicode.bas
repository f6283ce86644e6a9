nome = "São Paulo 🚀"
çà = 1
TALK nome & çà & "‮​"
