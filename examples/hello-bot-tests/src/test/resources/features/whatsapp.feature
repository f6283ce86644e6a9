Feature: The hello bot on WhatsApp
  The same dialog talks to WhatsApp users: its plan menu becomes reply buttons, and a press picks the plan.

  Background:
    Given the bot "hello" deployed from "hello.gbai"

  Scenario: A WhatsApp user picks the Pro plan with a button
    When the WhatsApp user "+15550100" says "hi"
    Then the bot sends to the WhatsApp user "+15550100":
      | Hello! I am the hello bot. |
      | What is your name?         |
    When the WhatsApp user "+15550100" says "Ana"
    Then the bot sends to the WhatsApp user "+15550100":
      | Nice to meet you, Ana!                   |
      | Would you like the Free or the Pro plan? |
    And the bot offers the buttons:
      | Free |
      | Pro  |
    When the WhatsApp user "+15550100" presses "Pro"
    Then the bot sends to the WhatsApp user "+15550100":
      | Pro it is: 20 a month, cancel any time. |

  Scenario: A retried delivery is answered once
    When the WhatsApp user "+15550101" says "hi"
    And the provider delivers the last message of the WhatsApp user "+15550101" again
    And the WhatsApp user "+15550101" says "Bob"
    Then the bot sends to the WhatsApp user "+15550101":
      | Hello! I am the hello bot.               |
      | What is your name?                       |
      | Nice to meet you, Bob!                   |
      | Would you like the Free or the Pro plan? |
