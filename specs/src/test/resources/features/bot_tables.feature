Feature: A dialog keeps what it is told in the bot's own tables
  SAVE writes a row to the bot's table (created on first use, in the bot's own schema) and FIND reads rows back.
  The step library reads the table in-process on the embedded PostgreSQL, and on a server through the operators'
  GET /api/bots/{id}/tables/{table} with an admin token.

  Scenario: A saved ticket is in the table and found again
    Given the bot "tickets" deployed from "src/test/resources/bots/tickets.gbai"
    When the user starts a conversation with "tickets"
    And the user says "The printer is on fire"
    Then the bot says something matching "^Ticket saved. Open tickets of priority 2: [1-9]"
    And the table "tickets" has a row with:
      | subject  | The printer is on fire |
      | priority | 2                      |
