let x = f(a, b)
  print (x)
var y: Int
