Feature: Menus and quick replies
  A dialog offers quick replies (ADD SUGGESTION) and reads the user's choice with a HEAR menu
  (HEAR plan AS "basic", "pro"); SELECT CASE and IF branch on the choice.

  Background:
    Given the bot "plans" deployed from "src/test/resources/bots/plans.gbai"

  Scenario: The bot offers the plans as quick replies
    When the user starts a conversation with "plans"
    Then the bot says "Which plan are you interested in?"
    And the bot offers the suggestions:
      | Basic      |
      | Pro        |
      | Enterprise |

  Scenario Outline: Each plan gets its own answer
    When the user starts a conversation with "plans"
    And the user picks "<plan>"
    Then the bot says "<answer>"
    And the bot says "Monthly or yearly billing?"
    And the bot offers the suggestions:
      | Monthly |
      | Yearly  |

    Examples:
      | plan       | answer                                                          |
      | Basic      | Basic is free for one bot.                                      |
      | Pro        | Pro costs 20 a month for ten bots.                              |
      | Enterprise | Enterprise is priced per contract; our sales team will call you. |

  Scenario: A menu answer may be the option's number or differ in case
    When the user says "PRO"
    Then the bot says "Pro costs 20 a month for ten bots."
    When the user says "2"
    Then the bot says "Yearly billing saves two months."
    And the conversation is finished

  Scenario: An answer that is not on the menu is asked again with the options
    When the user says "platinum"
    Then the bot says "\"platinum\" is not one of the options. Please choose one of: 1. basic, 2. pro, 3. enterprise."
    And the bot waits for the user's answer
    When the user picks "basic"
    Then the bot says "Basic is free for one bot."

  Scenario: A HEAR menu offers its choices as quick replies, and picking one answers it
    When the user picks "Pro"
    And the user picks "Monthly"
    Then the bot says "Monthly billing can be cancelled at any time."
