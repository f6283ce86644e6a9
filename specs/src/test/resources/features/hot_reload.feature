@in-process
Feature: A changed dialog takes effect without breaking conversations in flight
  Editing a bot's dialog in storage reloads the bot: a conversation waiting in the old dialog finishes on the
  version it started with, a new conversation gets the new one, and a change that does not compile keeps the
  last good version live. (In-process the step library edits its own copy of the package; a server reloads from
  its storage, which the system's integration tests cover.)

  Background:
    Given the bot "reception" deployed from "src/test/resources/bots/reception.gbai"

  Scenario: The waiting conversation finishes on the old version, a new one sees the new greeting
    When the user starts a conversation with "reception"
    Then the bot says "Welcome! What is your name?"
    When the bot's dialog "start.bas" is changed to:
      """
      TALK "Hello again! Your name, please?"
      HEAR name
      TALK "Nice to see you, " + name + "."
      """
    And the user says "Ana"
    Then the bot says "Thank you, Ana."
    When the user starts a conversation with "reception"
    Then the bot says "Hello again! Your name, please?"

  Scenario: A change that does not compile is refused and the last good version stays live
    When the bot's dialog "start.bas" is changed to:
      """
      IF THEN
      """
    Then the request is refused with "was not loaded"
    When the user starts a conversation with "reception"
    Then the bot says "Welcome! What is your name?"
