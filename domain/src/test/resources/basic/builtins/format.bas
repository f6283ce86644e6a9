' FORMAT with number patterns (#,##0.00) and date patterns (YYYYMMDD, DD/MM/YYYY HH:mm).
' expect: 1,234.50
' expect: 1,234,567
' expect: 0.50
' expect: 20260115
' expect: 15/01/2026 10:30
TALK FORMAT(1234.5, "#,##0.00")
TALK FORMAT(1234567, "#,##0")
TALK FORMAT(0.5, "0.00")
TALK FORMAT(TODAY, "YYYYMMDD")
TALK FORMAT(NOW, "DD/MM/YYYY HH:mm")
