' A SUB or FUNCTION reads a global the dialog itself never names.
' global: company = Acme
' expect: Signed, Acme
' expect: ACME
SUB sign
  TALK "Signed, " & company
END SUB
FUNCTION loud()
  RETURN UCASE(company)
END FUNCTION
sign
TALK loud()
