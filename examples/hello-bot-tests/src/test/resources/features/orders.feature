Feature: The orders bot answers with its language model and its order-status tool
  The model is scripted by the step library, so the conversation is the same on every run.

  Background:
    Given the bot "orders" deployed from "orders.gbai"
    And the user starts a conversation with "orders"

  Scenario: The model looks the order up with the tool, then answers
    Given the LLM calls the tool "order-status" with:
      | order_number | 1042 |
    And the LLM answers "Your order 1042 arrives tomorrow."
    When the user says "Where is my order 1042?"
    Then the bot says "Looking up order 1042..."
    And the bot says "Your order 1042 arrives tomorrow."
    And the tool "order-status" was called with:
      | order_number | 1042 |
    And the LLM was instructed with "Look an order up with the order-status tool"
    And the LLM was offered the tools:
      | order-status |

  Scenario: The model answers in words when no order is asked about
    Given the LLM answers "I can tell you where your order is: what is its number?"
    When the user says "Hello"
    Then the bot says "I can tell you where your order is: what is its number?"
    And the bot says nothing more
