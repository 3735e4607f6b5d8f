s = "never closed $x
  y = 1
#= and a comment never closed
z = 2
