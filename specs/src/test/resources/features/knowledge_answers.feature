Feature: Answers grounded in the bot's knowledge base, with their sources
  A bot that said USE KB has the passages of its collection that match the user's question put into the model's
  instructions, and the answer carries the documents they came from. In-process the step library indexes the
  collection with the server's own embedding model and index when the bot is deployed.

  Background:
    Given the bot "policies" deployed from "src/test/resources/bots/policies.gbai"
    And its knowledge base "policies" is indexed
    And the user starts a conversation with "policies"

  Scenario: The matching passage goes to the model and the answer cites its document
    Given the LLM answers "You can return it within 30 days of delivery."
    When the user says "How long do I have to return a product for a refund?"
    Then the bot says "You can return it within 30 days of delivery."
    And the answer cites "refund.md"
    And the LLM was instructed with "within 30 days of delivery"
    And the LLM was asked "How long do I have to return a product for a refund?"

  Scenario: A question about another document is grounded in that one
    Given the LLM answers "International orders arrive within three weeks."
    When the user says "How long does international delivery take?"
    Then the bot says "International orders arrive within three weeks."
    And the answer cites "policies/shipping.md"
    And the LLM was instructed with "international delivery takes up to three weeks"
