x = "unclosed
 y