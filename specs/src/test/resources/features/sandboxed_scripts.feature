Feature: Dialogs and tools in sandboxed JavaScript
  RUN JS works a value out in the GraalJS sandbox and hands it back to BASIC; a .js tool is offered to the
  language model like a BASIC tool. The sandbox refuses the host, and the HTTP keywords refuse private addresses.

  Background:
    Given the bot "calculator" deployed from "src/test/resources/bots/calculator.gbai"
    And the user starts a conversation with "calculator"

  Scenario: A script sums what the user typed, and escapes are refused
    When the user says "4,5,33"
    Then the bot says "The sum is 42"
    And the bot says "The sandbox said no."
    And the bot says "The metadata address is refused."
    And the bot says "Ask me about VAT."

  Scenario: The language model calls the JavaScript tool
    Given the LLM calls the tool "vat" with:
      | amount  | 100 |
      | country | PT  |
    When the user says "1"
    And the user says "What is 100 with VAT in Portugal?"
    Then the bot says "Gross 123.00 (PT)"
    And the tool "vat" was called with:
      | amount  | 100 |
      | country | PT  |
