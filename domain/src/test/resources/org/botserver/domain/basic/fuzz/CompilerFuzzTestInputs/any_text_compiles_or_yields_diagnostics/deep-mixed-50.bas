x = [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": [(-{"a": 1})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]})]
IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN

IF TRUE THEN
TALK x
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
END IF
