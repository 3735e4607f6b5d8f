theory Lists
  imports Main
begin

(* Reversing a list twice *)
fun rev :: "'a list => 'a list" where
  "rev [] = []" |
  "rev (x # xs) = rev xs @ [x]"

lemma rev_append [simp]: "rev (xs @ ys) = rev ys @ rev xs"
  by (induction xs) auto

theorem rev_rev [simp]: "rev (rev xs) = xs"
proof (induction xs)
  case Nil
  then show ?case by simp
next
  case (Cons x xs)
  then show ?case by simp
qed

end
