{-# LANGUAGE QuasiQuotes #-}
-- | Haddock at a line's start
module Data.Foo (main, Foo(..), (<+>), bar) where
import qualified Data.Map as M
import Data.List hiding (lookup, (\\))
import Control.Monad(forM_)
import "base" Prelude
x --> y = x --- a comment
  -- | not at a line's start
f :: (Ord a) => [ ] a -> ( ) -> 'True
f _ = \x -> \\ x <$> [1..10] >>= ([] :| ())
c = ['a', '\n', '\'', '\x41', '\SOH', '\^A', '\1234', 'ab', '\q', '😀', ''']
s = "esc \n \" \SOH\&H \^[ \o17 \x41 \1234 gap \   \ end \q"
q = [sql|SELECT * | FROM t|] ++ 1e3 ++ 1.5 ++ 2.5E-3 ++ 0o17 ++ 0XfF ++ 42
{- nested {- inner -} outer -} where_ = _x' ünï
