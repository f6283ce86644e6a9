Feature: WhatsApp and Telegram users talk to the same bot
  A bot whose config.csv has a channel's secrets talks on that channel, unchanged: each user's messages continue
  their own conversation, a HEAR menu becomes reply buttons on WhatsApp and an inline keyboard on Telegram, and
  a press answers it. A delivery the provider retries is answered once; a webhook that is not signed with the
  bot's secret is refused and never answered.

  Background:
    Given the bot "frontdesk" deployed from "src/test/resources/bots/frontdesk.gbai"

  Scenario: A WhatsApp user is greeted, gets the menu as buttons and presses one
    When the WhatsApp user "+15550001" says "hi"
    Then the bot sends to the WhatsApp user "+15550001":
      | Hello! I am the front desk. What is your name? |
    When the WhatsApp user "+15550001" says "Ana"
    Then the bot sends to the WhatsApp user "+15550001":
      | Nice to meet you, Ana! Which plan? |
    And the bot offers the buttons:
      | Free |
      | Pro  |
    When the WhatsApp user "+15550001" presses "Pro"
    Then the bot sends to the WhatsApp user "+15550001":
      | You chose Pro. |

  Scenario: A Telegram user gets the menu as an inline keyboard and presses a key
    When the Telegram user "4242" says "/start"
    And the Telegram user "4242" says "Bob"
    Then the bot sends to the Telegram user "4242":
      | Hello! I am the front desk. What is your name? |
      | Nice to meet you, Bob! Which plan?             |
    And the bot offers the buttons:
      | Free |
      | Pro  |
    When the Telegram user "4242" presses "Free"
    Then the bot sends to the Telegram user "4242":
      | You chose Free. |

  Scenario: Users of the two channels each have their own conversation
    When the WhatsApp user "+15550002" says "hi"
    And the Telegram user "4243" says "hi"
    And the WhatsApp user "+15550002" says "Carla"
    And the Telegram user "4243" says "Dan"
    Then the bot sends to the WhatsApp user "+15550002":
      | Hello! I am the front desk. What is your name? |
      | Nice to meet you, Carla! Which plan?           |
    And the bot sends to the Telegram user "4243":
      | Hello! I am the front desk. What is your name? |
      | Nice to meet you, Dan! Which plan?             |

  Scenario Outline: A delivery the provider retries is answered once
    When the <channel> user "<user>" says "hi"
    And the provider delivers the last message of the <channel> user "<user>" again
    And the <channel> user "<user>" says "Eve"
    Then the bot sends to the <channel> user "<user>":
      | Hello! I am the front desk. What is your name? |
      | Nice to meet you, Eve! Which plan?             |

    Examples:
      | channel  | user      |
      | WhatsApp | +15550003 |
      | Telegram | 4244      |

  @server
  Scenario Outline: A webhook not signed with the bot's secret is refused and never answered
    When the <channel> user "<user>" says "hi" with a bad signature
    Then the request is refused with "<refusal>"
    When the <channel> user "<user>" says "hello"
    And the <channel> user "<user>" says "Fay"
    Then the bot sends to the <channel> user "<user>":
      | Hello! I am the front desk. What is your name? |
      | Nice to meet you, Fay! Which plan?             |

    Examples:
      | channel  | user      | refusal                                                   |
      | WhatsApp | +15550004 | The X-Hub-Signature-256 header does not match the body.   |
      | Telegram | 4245      | does not match this bot's telegram-webhook-secret          |

  Scenario: A bot without a channel's secret is not reached on that channel
    Given the bot "greeter" deployed from "src/test/resources/bots/greeter.gbai"
    When the WhatsApp user "+15550005" says "hi"
    Then the request is refused with "WhatsApp is not enabled for the bot greeter"
