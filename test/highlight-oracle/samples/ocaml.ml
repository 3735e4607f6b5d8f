(* Word counts *)
open Printf

type freq = { word : string; count : int }

let rec take n = function
  | [] -> []
  | x :: xs -> if n <= 0 then [] else x :: take (n - 1) xs

let count_words text =
  let table = Hashtbl.create 16 in
  String.split_on_char ' ' text
  |> List.iter (fun w ->
       let n = try Hashtbl.find table w with Not_found -> 0 in
       Hashtbl.replace table w (n + 1));
  table

let () =
  let ratio = 0.5 *. 2.0 in
  printf "ratio %f, %s\n" ratio (if true then "yes" else "no");
  ignore 'c'
