Feature: Calling another dialog
  A dialog calls another dialog of its package with CALL "name"; the called dialog talks, then the caller goes on.

  Background:
    Given the bot "support" deployed from "src/test/resources/bots/support.gbai"

  Scenario: The called dialog answers and the caller continues after it
    When the user says "hours"
    Then the bot says "We are open Monday to Friday, 9:00 to 17:00."
    And the bot says "Anything else? Type ticket or bye."
    And the bot says nothing more
    When the user says "bye"
    Then the bot says "Goodbye."
    And the conversation is finished

  Scenario: The caller goes on to ask more after the called dialog
    When the user says "hours"
    And the user says "ticket"
    And the user says "The printer is on fire"
    Then the bot says "Ticket opened: The printer is on fire"
    And the bot says "Goodbye."

  Scenario: The branch without the call skips it
    When the user says "ticket"
    Then the bot says "Describe the problem in one sentence."
    And the history has 3 messages
