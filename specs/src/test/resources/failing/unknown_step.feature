Feature: A step the library does not know
  Scenario: A typo in a step is not silently skipped
    Given the bot "greeter" deployed from "src/test/resources/bots/greeter.gbai"
    Then the bot sings "la la la"
