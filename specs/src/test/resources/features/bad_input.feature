Feature: Bad input
  Requests that cannot be carried out are refused with a plain reason, and nothing of them is kept.

  Scenario: A conversation with a bot the server does not have is refused
    When the user starts a conversation with "nobody"
    Then the request is refused with "There is no bot 'nobody'"

  Scenario: A bot id that cannot name a bot is refused the same way
    When the user starts a conversation with "Not a bot!"
    Then the request is refused with "There is no bot 'Not a bot!'"

  Scenario: An empty message is refused and the dialog still waits for an answer
    Given the bot "greeter" deployed from "src/test/resources/bots/greeter.gbai"
    When the user starts a conversation with "greeter"
    And the user says ""
    Then the request is refused with "A message needs content."
    When the user says "Ana"
    Then the bot says "Nice to meet you, Ana!"
    And the history has 4 messages
