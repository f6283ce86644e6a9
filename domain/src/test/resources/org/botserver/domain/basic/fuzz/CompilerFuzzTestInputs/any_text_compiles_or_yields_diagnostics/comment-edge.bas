REM
'
//
x = 1 ' "unterminated in comment
REMARK = 2
TALK REMARK
