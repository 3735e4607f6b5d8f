f() -> "never closed
  , ok.
'never closed atom
