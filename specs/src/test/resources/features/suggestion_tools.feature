Feature: Quick replies that run a tool directly
  ADD SUGGESTION TOOL "t" AS "label" offers the bot's tool as a quick reply. Picking it runs the tool at once,
  without the language model (this bot has none): the tool's TALKs are said, and a tool that asks keeps the
  conversation in it until it is answered.

  Background:
    Given the bot "concierge" deployed from "src/test/resources/bots/concierge.gbai"
    And the user starts a conversation with "concierge"

  Scenario: The tools are offered as quick replies
    Then the bot says "Welcome! Pick an option."
    And the bot offers the suggestions:
      | Opening hours |
      | Book a table  |

  Scenario: Picking a tool runs it
    When the user picks "Opening hours"
    Then the bot says "We are open from 12:00 to 23:00."
    And the bot says nothing more

  Scenario: A picked tool that asks waits for the answer
    When the user picks "Book a table"
    Then the bot says "For how many people?"
    And the bot waits for the user's answer
    When the user says "4"
    Then the bot says "A table for 4 is booked."
    And the history is:
      | sender | content                  |
      | bot    | Welcome! Pick an option. |
      | user   | /book-table              |
      | bot    | For how many people?     |
      | user   | 4                        |
      | bot    | A table for 4 is booked. |
