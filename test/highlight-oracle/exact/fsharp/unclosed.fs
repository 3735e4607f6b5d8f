let s = "never closed
  in x
(* and a comment never closed
let y = 1
