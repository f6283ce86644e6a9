' expect error: 2:1: Unknown HEAR type COLOUR; a menu variable must be assigned first.
HEAR c AS COLOUR
