module MyApp.Main
open System.IO
// A comment, and (*) which is no comment
let ``odd name`` x = x |> List.map (fun x' -> x' + 1) >> Seq.sum <| [|1; 2|] @ [1] :: []
let _x = async { let! y = f(); return! g y; use! z = h } // let! is let and !
let y = 1.5 + 1e3 + 2.5E-3 + 0x1e5 + 0x1F + 0o17 + 0b101 + 1_000 - -1 + 10L
let c = ['a'; '\n'; '.'; 'ab']; x.[0] <- M.(x) ; M.[0]
let s = "esc \n \" \065 \x41 \q \
  next" + @"verbatim \ path" + $"interp {x}"
type Shape = | Circle of float | Square of float ([<EntryPoint>]) {| A = 1 |}
let ſx = Kx + trueish && not null; ``never closed
(* nested (* inner *) outer *) let _ = x mod 2 land 3 lsl 1 ~~~ 4
