PRINT "working"
WAIT 1
PRINT "done"
