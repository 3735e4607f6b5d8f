-- Natural numbers and addition
namespace Demo

inductive Nat' : Type
  | zero : Nat'
  | succ : Nat' → Nat'

def add : Nat' → Nat' → Nat'
  | n, Nat'.zero   => n
  | n, Nat'.succ m => Nat'.succ (add n m)

/- A lemma proved by induction -/
theorem add_zero (n : Nat') : add n Nat'.zero = n := by
  rfl

example : 2 + 2 = 4 := rfl

#eval "hello" ++ " world"

end Demo
