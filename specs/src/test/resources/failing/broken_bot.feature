Feature: A bot whose dialog does not compile
  Used by FailingStepReportsTheTranscriptTest: deploying this bot must fail with the compiler's diagnostics.

  Scenario: Deploying a bot with a syntax error
    Given the bot "broken" deployed from "src/test/resources/failing/broken.gbai"
    When the user says "hi"
    Then the bot says "hi"
