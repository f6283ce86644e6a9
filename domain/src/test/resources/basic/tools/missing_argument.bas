' expect error: 0: Missing argument product for tool missing_argument.
PARAM product AS STRING
TALK product
