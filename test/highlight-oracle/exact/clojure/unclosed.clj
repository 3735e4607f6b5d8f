(str "never closed
  (map inc xs))
trailing \
