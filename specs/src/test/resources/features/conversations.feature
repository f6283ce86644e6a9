Feature: Conversations
  A user starts a conversation with a bot, answers it, and every message of the exchange is kept as its history.

  Background:
    Given the bot "greeter" deployed from "src/test/resources/bots/greeter.gbai"

  Scenario: Starting a conversation runs the start dialog until it waits for the user
    When the user starts a conversation with "greeter"
    Then the bot says "Hello! I am the greeter."
    And the bot says "What is your name?"
    And the bot says nothing more
    And the bot offers no suggestions
    And the bot waits for the user's answer

  Scenario: The user's answer continues the dialog where it waited
    When the user starts a conversation with "greeter"
    And the user says "Ana"
    Then the bot says "Nice to meet you, Ana!"
    And the conversation is finished

  Scenario: The user's first message starts the conversation by itself
    When the user says "Bob"
    Then the bot says something matching "^Nice to meet you, \w+!$"

  Scenario: The history keeps every message in the order it was said
    When the user starts a conversation with "greeter"
    And the user says "Ana"
    Then the history has 4 messages
    And the history is:
      | sender | content                  |
      | bot    | Hello! I am the greeter. |
      | bot    | What is your name?       |
      | user   | Ana                      |
      | bot    | Nice to meet you, Ana!   |

  Scenario: A message after the end is answered plainly and still kept
    When the user says "Ana"
    And the user says "Are you still there?"
    Then the bot says something matching "^This conversation has ended.* Start a new conversation to talk to the bot again\.$"
    And the conversation is finished
    And the history has 6 messages

  Scenario: Two conversations with the same bot do not mix
    When the user starts a conversation with "greeter"
    And the user starts a conversation with "greeter"
    And the user says "Carla"
    Then the bot says "Nice to meet you, Carla!"
    And the history has 4 messages
