(* Lists and a proof about their length, from the tutorial *)
Require Import Arith.
Require Import List.
Import ListNotations.

Inductive tree (A : Type) : Type :=
  | Leaf : tree A
  | Node : tree A -> A -> tree A -> tree A.

Arguments Leaf {A}.
Arguments Node {A} _ _ _.

Fixpoint size {A : Type} (t : tree A) : nat :=
  match t with
  | Leaf => 0
  | Node l _ r => size l + 1 + size r
  end.

Fixpoint to_list {A : Type} (t : tree A) : list A :=
  match t with
  | Leaf => []
  | Node l x r => to_list l ++ [x] ++ to_list r
  end.

Definition example := Node (Node Leaf 1 Leaf) 2 Leaf.

Lemma size_to_list : forall (A : Type) (t : tree A),
  length (to_list t) = size t.
Proof.
  intros A t.
  induction t as [| l IHl x r IHr].
  - reflexivity.
  - simpl. rewrite app_length. simpl.
    rewrite IHl, IHr. lia.
Qed.

Theorem plus_comm' : forall n m : nat, n + m = m + n.
Proof.
  intros. apply Nat.add_comm.
Qed.

Compute size example.
Check (fun x : nat => x * 2 <= 10 /\ True).
