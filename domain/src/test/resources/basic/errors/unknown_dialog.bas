' expect error: 2: There is no dialog named "nowhere" to CALL.
CALL "nowhere"
