#' Roxygen doc comment
#' @param x a value
# plain comment
f <- function(x, ...) {
  if (x > 0) return(abs(x)) else NULL
  y <- x %in% c(1L, 2i, 0x1Fp3L, 1e-3, .5, 3.)
  `my var` <- 'it\'s' ; z <- "say \"hi\""
  s <- 'multi
line'
  x+1; x-2; x*-3
  .hidden <- ..1 + .x.y + ._z
  is.na(x); is.na (x); seq_len(10); as.numeric("1")
  pi; T; F; letters; month.name; LETTERS[1:3]
  NA_integer_; Inf; NaN; TRUE; FALSE
  df$col; obj@slot; a::b; a:::c; ~ y | z & w
  x[[1]] <- x[1] ^ 2 / 3 != 4 == 5 <= 6 >= 7
  repeat { next; break }
  for (i in seq_along(x)) while (FALSE) {}
  ünï <- 1; _bad; a\b
  %% 5 %/% 2
  1abs(2)
}
