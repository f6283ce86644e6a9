Feature: Who may talk to a bot
  A bot whose config.csv says public,false talks only to signed-in users. The specs' user has no token, like an
  anonymous web chat client, so it is refused plainly and nothing is started; public bots still welcome it.

  Scenario: An anonymous user is refused by a bot that is not public
    Given the bot "staff" deployed from "src/test/resources/bots/staff.gbai"
    When the user starts a conversation with "staff"
    Then the request is refused with "is not public: sign in to talk to it"

  Scenario: An anonymous user may talk to a public bot
    Given the bot "greeter" deployed from "src/test/resources/bots/greeter.gbai"
    When the user starts a conversation with "greeter"
    Then the bot waits for the user's answer
