module fib

import StdEnv

// The n-th Fibonacci number
fib :: Int -> Int
fib 0 = 1
fib 1 = 1
fib n = fib (n - 1) + fib (n - 2)

/* A record and a function on it */
:: Point = { x :: Real, y :: Real }

norm :: Point -> Real
norm {x, y} = sqrt (x * x + y * y)

Start :: [Int]
Start = [fib n \\ n <- [0..10]] ++ [length "clean", 'a' == 'b' ? 1 : 0]
