Feature: A spec that expects the wrong greeting
  Used by FailingStepReportsTheTranscriptTest: this scenario must fail, and its failure must show the conversation.

  Scenario: The greeter is expected to greet in German
    Given the bot "greeter" deployed from "src/test/resources/bots/greeter.gbai"
    When the user says "Ana"
    Then the bot says "Schön dich kennenzulernen, Ana!"
