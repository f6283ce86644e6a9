Feature: A channel reply the bot did not send
  Scenario: The WhatsApp user expects another greeting
    Given the bot "frontdesk" deployed from "src/test/resources/bots/frontdesk.gbai"
    When the WhatsApp user "+15550009" says "hi"
    Then the bot sends to the WhatsApp user "+15550009":
      | Olá! |
