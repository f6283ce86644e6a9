' Keywords and names ignore case; three comment styles.
' expect: 3
REM a REM comment
// a slash comment
Let X = 1 ' trailing comment
x = x + 2 // trailing slash comment
talk X
