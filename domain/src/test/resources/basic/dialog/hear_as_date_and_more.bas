' input: 2026-03-01
' input: 14:30
' input: ana maria
' expect: 2026-03-01
' expect: ok hour
' expect: ok name
HEAR d AS DATE
TALK d
HEAR h AS HOUR
IF h <> "" THEN TALK "ok hour"
HEAR n AS NAME
IF n <> "" THEN TALK "ok name"
