' HEAR AS STRING, NUMBER, MOBILE, ZIPCODE and BOOLEAN in Portuguese and English, with normalised values.
' input:   anything at all  
' input: 3.75
' input: +55 (11) 99999-8888
' input: 12
' input: 01310-100
' input: não
' input: YES
' expect: [anything at all]
' expect: 7.5
' expect: +5511999998888
' expect: Please enter a ZIP code, like 90210, 90210-1234 or 01310-100.
' expect: 01310-100
' expect: FALSE
' expect: TRUE
HEAR s AS STRING
TALK "[" & s & "]"
HEAR n AS NUMBER
TALK n * 2
HEAR phone AS MOBILE
TALK phone
HEAR zip AS ZIPCODE
TALK zip
HEAR no AS BOOLEAN
TALK no
HEAR yes AS BOOLEAN
TALK yes
