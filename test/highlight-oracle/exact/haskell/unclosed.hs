s = "never closed
  ++ x
c = 'x
{- and a comment never closed
y = 1
