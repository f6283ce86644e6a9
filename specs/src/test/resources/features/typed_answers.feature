Feature: Typed answers
  A HEAR with a type (HEAR email AS EMAIL, HEAR n AS INTEGER) tells the user what is wrong with an answer that
  does not fit and asks again, until one fits.

  Background:
    Given the bot "newsletter" deployed from "src/test/resources/bots/newsletter.gbai"

  Scenario: An e-mail address that is not one is refused and asked again
    When the user says "ana-at-example"
    Then the bot says something matching "valid e-mail address"
    And the bot says nothing more
    And the bot waits for the user's answer
    When the user says "ana@example.com"
    Then the bot says "How many issues a month would you like (1 to 4)?"

  Scenario: A whole number is asked again until one is given
    When the user says "ana@example.com"
    And the user says "a few"
    Then the bot says something matching "(?i)number"
    And the bot waits for the user's answer
    When the user says "2"
    Then the bot says "Done: 2 issues a month to ana@example.com."
    And the conversation is finished

  Scenario: A refused answer is kept in the history like any other message
    When the user says "not an address"
    And the user says "ana@example.com"
    Then the history has 5 messages

  Scenario Outline: The dialog branches on the number given (IF)
    When the user says "ana@example.com"
    And the user says "<issues>"
    Then the bot says "<answer>"

    Examples:
      | issues | answer                                             |
      | 3      | Done: 3 issues a month to ana@example.com.         |
      | 9      | We send between 1 and 4 issues a month; you get 4. |
      | 0      | We send between 1 and 4 issues a month; you get 4. |
