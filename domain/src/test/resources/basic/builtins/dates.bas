' Date built-ins on the conformance clock, 2026-01-15 10:30 (UTC).
' expect: 15/01/2026 10:30
' expect: 20260115
' expect: 2026-02-04
' expect: 2026-02-15
' expect: 21
' expect: 12
' expect: 2026-1-15 10:30
TALK FORMAT(NOW, "DD/MM/YYYY HH:mm")
TALK FORMAT(TODAY, "YYYYMMDD")
TALK FORMAT(DATEADD(TODAY, 20, "day"), "YYYY-MM-DD")
TALK FORMAT(DATEADD("m", 1, TODAY), "YYYY-MM-DD")
TALK DATEDIFF(TODAY, DATEADD(TODAY, 3, "week"))
TALK DATEDIFF(TODAY, DATEADD(NOW, 90, "minute"), "hour")
TALK YEAR(NOW) & "-" & MONTH(NOW) & "-" & DAY(NOW) & " " & HOUR(NOW) & ":" & MINUTE(NOW)
