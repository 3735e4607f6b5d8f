(ns my.app (:require [clojure.string :as str]))
(defn- f [x, y] (->> x (map inc) (filter even?)))
(def m {:a 1, ::b -2.5, :c/d 0x1F}) ; hex is 0 then a name
(println \a \newline \space \( \😀 'sym '(1 2) `(a ~@xs ~y) @atom #'v ^:private)
(zipper zipper' ( count  ,x .method Foo. nil? 1/2 22N)
x y
"a \"quoted\" word" "multi
line" "\\"
"ends \"here
