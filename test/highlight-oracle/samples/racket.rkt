#lang racket
;; A tiny JSON-ish pretty printer for the tutorial
(require racket/string racket/list)
(provide pretty)

(struct point (x y) #:transparent)

(define indent-width 2)

(define (pad depth) (make-string (* depth indent-width) #\space))

(define/contract (pretty v [depth 0])
  (->* (any/c) (exact-nonnegative-integer?) string?)
  (match v
    [(? string?) (format "~s" v)]
    [(? number?) (number->string v)]
    [#t "true"]
    [#f "false"]
    ['() "[]"]
    [(point x y) (format "{\"x\": ~a, \"y\": ~a}" x y)]
    [(list items ...)
     (string-append
      "[\n"
      (string-join (for/list ([i items]) (string-append (pad (add1 depth)) (pretty i (add1 depth))))
                   ",\n")
      "\n" (pad depth) "]")]
    [(hash-table (k val) ...)
     (string-join (for/list ([key k] [x val]) (format "~a: ~a" key (pretty x depth))) ", ")]
    [_ (error 'pretty "cannot print ~e" v)]))

#;(this form is commented out)
#| block
   comment |#
(module+ test
  (require rackunit)
  (check-equal? (pretty '(1 2)) "[\n  1,\n  2\n]")
  (check-equal? (pretty (point 1 2.5)) "{\"x\": 1, \"y\": 2.5}")
  (displayln (pretty (list "a" 3/4 #t (point -1 0)))))
