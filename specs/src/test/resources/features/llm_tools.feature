Feature: The language model answers and calls the bot's tools
  A message no dialog waits for goes to the bot's language model, with the tools its start dialog added. When the
  model calls a tool, the tool's dialog runs: its TALK goes to the user and its RETURN value back to the model,
  which then answers. The model here is the step library's scripted one.

  Background:
    Given the bot "helpdesk" deployed from "src/test/resources/bots/helpdesk.gbai"
    And the user starts a conversation with "helpdesk"

  Scenario: The model answers in words
    Given the LLM answers "We are open from 9 to 5."
    When the user says "When are you open?"
    Then the bot says "We are open from 9 to 5."
    And the bot says nothing more

  Scenario: The model calls a tool, whose TALK the user sees, then answers
    Given the LLM calls the tool "create-ticket" with:
      | subject  | The printer is on fire |
      | priority | 1                      |
    And the LLM answers "Your ticket is open; someone is on the way."
    When the user says "My printer is burning"
    Then the bot says "Opening a ticket about: The printer is on fire"
    And the bot says "Your ticket is open; someone is on the way."
    And the bot says nothing more
    And the tool "create-ticket" was called with:
      | argument | value                  |
      | subject  | The printer is on fire |
      | priority | 1                      |

  Scenario: With no answer scripted after the tool, the model passes the tool's result on
    Given the LLM calls the tool "create-ticket" with:
      | subject  | Broken screen |
      | priority | 2             |
    When the user says "My screen is broken"
    Then the bot says "Opening a ticket about: Broken screen"
    And the bot says "Ticket opened with priority 2: Broken screen"
    And the tool "create-ticket" was called with:
      | subject  | Broken screen |
      | priority | 2             |

  Scenario: Arguments against the tool's schema go back to the model, and the tool does not run
    Given the LLM calls the tool "create-ticket" with:
      | subject  | Broken screen |
      | priority | soon          |
    When the user says "My screen is broken"
    Then the bot says something matching "The argument \"priority\" must be an integer, not soon\."
    And the bot says nothing more

  Scenario: The conversation goes on with the model, turn after turn
    Given the LLM answers "Which printer?"
    And the LLM calls the tool "create-ticket" with:
      | subject  | Printer on floor 2 jams |
      | priority | 3                       |
    When the user says "The printer jams"
    Then the bot says "Which printer?"
    When the user says "The one on floor 2"
    Then the bot says "Opening a ticket about: Printer on floor 2 jams"
    And the bot says "Ticket opened with priority 3: Printer on floor 2 jams"
    And the history has 6 messages

  Scenario: The model is sent the bot's instructions, the user's words and the session's tools
    Given the LLM answers "Tell me more."
    When the user says "Something is wrong"
    Then the bot says "Tell me more."
    And the LLM was instructed with "You are a helpdesk."
    And the LLM was asked "Something is wrong"
    And the LLM was offered the tools:
      | create-ticket |
