Feature: A dialog asks the language model with the LLM keyword
  result = LLM "prompt" in a dialog gives the completion of the bot's language model; the dialog goes on with it.

  Scenario: The dialog uses the model's completion
    Given the bot "notes" deployed from "src/test/resources/bots/notes.gbai"
    And the LLM answers "Printer on fire"
    When the user starts a conversation with "notes"
    Then the bot says "What should I note?"
    When the user says "The printer on floor 2 is on fire, call someone"
    Then the bot says "Noted under: Printer on fire"
    And the conversation is finished
