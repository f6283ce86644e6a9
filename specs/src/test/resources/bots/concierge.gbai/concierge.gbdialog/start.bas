' The concierge bot: offers its tools as quick replies, which run them without a language model.
TALK "Welcome! Pick an option."
ADD SUGGESTION TOOL "opening-hours" AS "Opening hours"
ADD SUGGESTION TOOL "book-table" AS "Book a table"
