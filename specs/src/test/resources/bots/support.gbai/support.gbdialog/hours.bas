' Called by start.bas: tells the opening hours.
TALK "We are open Monday to Friday, 9:00 to 17:00."
