' expect: found 2
' expect: substring
' expect: not there
' expect: key present
IF 2 IN [1, 2, 3] THEN TALK "found 2"
IF "ell" IN "hello" THEN TALK "substring"
IF NOT ("x" IN ["a", "b"]) THEN TALK "not there"
IF "name" IN { name: "Ana" } THEN TALK "key present"
