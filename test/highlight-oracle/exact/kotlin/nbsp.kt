val x = f(a, b)
  println (x)
if (x) {}
