' A tool the language model calls: its TALK goes to the user, its RETURN value back to the model.
PARAM order AS INTEGER DESCRIPTION "The order number"
DESCRIPTION "Tells where an order is"
TALK "Looking up order ${order}..."
RETURN "Order ${order} left the warehouse yesterday and arrives tomorrow."
