DESCRIPTION "Tells when the restaurant is open"
TALK "We are open from 12:00 to 23:00."
