TALK "Staff only: how can I help?"
