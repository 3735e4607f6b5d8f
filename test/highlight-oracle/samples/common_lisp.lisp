;;;; csv.lisp -- reading CSV files into lists of records
(defpackage :csv-reader
  (:use :common-lisp)
  (:export #:read-csv #:*separator*))

(in-package :csv-reader)

(defparameter *separator* #\,
  "The character between fields.")

(defvar *line-count* 0)

(defun split-line (line &key (separator *separator*))
  "Split LINE at each SEPARATOR not inside double quotes."
  (let ((fields '())
        (current (make-string-output-stream))
        (quoted nil))
    (loop for ch across line
          do (cond ((char= ch #\") (setf quoted (not quoted)))
                   ((and (char= ch separator) (not quoted))
                    (push (get-output-stream-string current) fields))
                   (t (write-char ch current))))
    (push (get-output-stream-string current) fields)
    (nreverse fields)))

(defun read-csv (path &optional (header t))
  #| Returns a list of property lists when HEADER is true,
     else a list of lists. |#
  (with-open-file (in path :direction :input :external-format :utf-8)
    (let* ((lines (loop for l = (read-line in nil) while l collect l))
           (rows (mapcar #'split-line lines)))
      (incf *line-count* (length lines))
      (if header
          (mapcar (lambda (row)
                    (loop for key in (first rows)
                          for value in row
                          append (list (intern (string-upcase key) :keyword) value)))
                  (rest rows))
          rows))))

(defmacro with-csv ((var path) &body body)
  `(let ((,var (read-csv ,path)))
     ,@body))

(format t "~&Read ~D lines, pi is ~,3F~%" *line-count* pi)
(assert (= (length (split-line "a,\"b,c\",d")) 3))
