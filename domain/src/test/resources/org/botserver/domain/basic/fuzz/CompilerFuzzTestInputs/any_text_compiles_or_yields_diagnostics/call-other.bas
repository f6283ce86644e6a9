CALL "other"
TALK "back"
