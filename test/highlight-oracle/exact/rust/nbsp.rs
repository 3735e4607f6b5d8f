let x = f(a, b);
  self. pos
fn next (x: u8) {}
