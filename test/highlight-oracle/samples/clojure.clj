(ns blog.posts
  (:require [clojure.string :as str]))

;; Word counts for a post.
(defn word-count
  "Counts the words in text."
  [text]
  (count (str/split text #"\s+")))

(def ^:private limit 10)

(defn top-posts [posts & {:keys [n] :or {n limit}}]
  (->> posts
       (filter #(not (:draft %)))
       (sort-by :date >)
       (take n)))

(let [ratio 0.5
      flag true]
  (println "ratio:" ratio flag nil \a))
