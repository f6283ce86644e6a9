' expect: line one
' expect: line two
' expect: tab[	]
' expect: she said "hi"
' expect: quote "doubled"
' expect: total: 5 items
' expect: price ${literal}
a = 2
TALK "line one\nline two"
TALK "tab[\t]"
TALK "she said \"hi\""
TALK "quote ""doubled"""
TALK "total: ${a + 3} items"
TALK "price \${literal}"
