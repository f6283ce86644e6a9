' A tool the language model calls: its TALK goes to the user, its RETURN value back to the model.
PARAM order_number AS INTEGER DESCRIPTION "The order's number, as printed on the receipt"
DESCRIPTION "Tells where an order is"
TALK "Looking up order ${order_number}..."
RETURN "Order ${order_number} left the warehouse yesterday and arrives tomorrow."
