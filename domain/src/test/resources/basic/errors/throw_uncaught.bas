' expect error: 2: Order not found
THROW "Order not found"
