==================== Tidy Core ====================
Result size of Tidy Core
  = {terms: 20, types: 9, coercions: 0, joins: 0/0}

-- RHS size: {terms: 7, types: 3, coercions: 0, joins: 0/0}
Main.square [InlPrag=NOINLINE] :: Int -> Int
[GblId, Arity=1, Str=<1P(L)>, Unf=OtherCon []]
Main.square
  = \ (x :: Int) ->
      case x of { GHC.Types.I# x1 -> GHC.Types.I# (GHC.Prim.*# x1 x1) }

-- RHS size: {terms: 4, types: 0, coercions: 0, joins: 0/0}
Main.main :: IO ()
Main.main = System.IO.print @Int GHC.Show.$fShowInt (Main.square 12#)
