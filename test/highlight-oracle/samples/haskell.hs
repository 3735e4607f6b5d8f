{-# LANGUAGE OverloadedStrings #-}
module Main where

import qualified Data.Map as Map
import Data.List (sortBy)

-- | Word frequencies.
data Freq = Freq { word :: String, count :: Int }
  deriving (Show, Eq)

countWords :: [String] -> Map.Map String Int
countWords = foldr (\w m -> Map.insertWith (+) w 1 m) Map.empty

top :: Int -> Map.Map String Int -> [Freq]
top n m = take n $ map (uncurry Freq) $ sortBy cmp (Map.toList m)
  where cmp (_, a) (_, b) = compare b a

main :: IO ()
main = do
  text <- getContents
  let ratio = 0.5 :: Double
  mapM_ print (top 10 (countWords (words text)))
  putStrLn ("done " ++ show ratio ++ [' ', 'x'])
