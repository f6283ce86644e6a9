Feature: The hello bot
  It greets the user by name and helps them choose a plan.

  Background:
    Given the bot "hello" deployed from "hello.gbai"

  Scenario: The bot greets and asks for a name
    When the user starts a conversation with "hello"
    Then the bot says "Hello! I am the hello bot."
    And the bot says "What is your name?"
    And the bot waits for the user's answer

  Scenario: The bot answers with the user's name and offers the plans
    When the user says "Ana"
    Then the bot says "Nice to meet you, Ana!"
    And the bot says "Would you like the Free or the Pro plan?"
    And the bot offers the suggestions:
      | Free |
      | Pro  |

  Scenario Outline: Each plan has its own answer
    When the user says "Ana"
    And the user picks "<plan>"
    Then the bot says something matching "<answer>"
    And the conversation is finished

    Examples:
      | plan | answer         |
      | Free | ^Free it is    |
      | Pro  | 20 a month     |

  Scenario: A plan that is not offered is asked again
    When the user says "Ana"
    And the user says "Platinum"
    Then the bot says something matching "not one of the options"
    And the bot waits for the user's answer
    And the history has 7 messages
