TALK LEN("abc") & UCASE("a") & LCASE("B") & UPPER("c") & LOWER("D") & TRIM("  x ") & LTRIM(" y") & RTRIM("z ")
TALK LEFT("Hello", 2) & RIGHT("Hello", 2) & MID("Hello World", 7, 5) & INSTR("Hello World", "o") & REPLACE("a-b", "-", "+")
parts = SPLIT("a,b,c", ",")
TALK JOIN(parts, ";") & STR(5) & VAL("12") & VAL("abc") & INT(3.9) & ROUND(3.7) & FLOOR(-3.1) & CEIL(1.2) & ABS(-4) & SQRT(16)
TALK MIN(3, 4) & MAX(3, 4) & RANDOM(1, 6) & NOW() & TODAY() & DATEADD(TODAY(), 1, "day") & DATEDIFF(TODAY(), TODAY(), "day")
TALK FORMAT(1234.5, "#,##0.00") & FORMAT(TODAY(), "DD/MM/YYYY HH:mm") & FIRST([1, 2]) & LAST("one two") & CONTAINS("abc", "b") & ISNULL(NULL) & ISEMPTY("")
TALK UUID() & TOJSON({"a": 1}) & TOYAML([1, 2])
obj = JSON PARSE "{\"a\": 1}"
