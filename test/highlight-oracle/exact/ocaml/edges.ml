(* A module path, read name by name *)
let x = List.map (fun x' -> x' + 1) [1; 2] |> Foo . Bar.baz |> M.(x) |> Stdlib.( + ) 1
let y = 1.5 +. 1e3 +. 1.5E-3 +. 0x1e5 +. 1 e5 +. 0x1F + 0o17 + 0b101 + 1_000 - -1
let c = ['a'; '\n'; '\065'; '\x41'; '.'; '\ '; 'ab']
let s = "esc \n \" \065 \x41 \q \
  next" ^ "ünï ✓"
let trueish = true && falsey || () = [] ;; `Red ~x ?y ~-
type 'a t = Leaf | Node of 'a t * 'a * 'a t (*) not a comment *)
(* nested (* inner *) outer *) let _ = x mod 2 land 3 lsl 1
let z = M.
  N.f
let Kx = ſy + aK
