// Word frequencies
module Blog.Words

open System

type Freq = { Word: string; Count: int }

let countWords (text: string) =
    text.Split([| ' '; '\n' |], StringSplitOptions.RemoveEmptyEntries)
    |> Array.countBy id
    |> Array.map (fun (w, n) -> { Word = w; Count = n })

(* Entry point *)
[<EntryPoint>]
let main argv =
    let ratio = 0.5 * 2.0
    let freqs = countWords "a b a"
    printfn "%d words, ratio %f" freqs.Length ratio
    if freqs.Length > 0x10 && true then 1 else 0
