TALK "Hello, world!"
