;;; Streams and a sieve of Eratosthenes, as in the course notes
(define-syntax cons-stream
  (syntax-rules ()
    ((_ a b) (cons a (delay b)))))

(define (stream-car s) (car s))
(define (stream-cdr s) (force (cdr s)))
(define the-empty-stream '())

(define (integers-from n)
  (cons-stream n (integers-from (+ n 1))))

(define (stream-filter pred s)
  (cond ((null? s) the-empty-stream)
        ((pred (stream-car s))
         (cons-stream (stream-car s) (stream-filter pred (stream-cdr s))))
        (else (stream-filter pred (stream-cdr s)))))

(define (sieve s)
  (cons-stream
   (stream-car s)
   (sieve (stream-filter
           (lambda (x) (not (= 0 (remainder x (stream-car s)))))
           (stream-cdr s)))))

(define (stream-take s n)
  (if (= n 0)
      '()
      (cons (stream-car s) (stream-take (stream-cdr s) (- n 1)))))

#| Print the first primes,
   then a few literals |#
(let ((primes (sieve (integers-from 2))))
  (display "First primes: ")
  (display (stream-take primes 10))
  (newline))

(define v #(1 2.5 -3/4 #t #f #\a "text"))
(let loop ((i 0) (acc 0))
  (if (< i (vector-length v))
      (loop (+ i 1) (if (number? (vector-ref v i)) (+ acc 1) acc))
      (begin (display acc) (newline))))
