TALK "Hi ${name
TALK "${"
