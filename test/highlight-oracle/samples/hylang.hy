;; Fetches a page and counts its links, in Hy
(import requests)
(import collections [Counter])
(require hyrule [->])

(setv TIMEOUT 10)

(defn fetch [url]
  "Return the text of URL, or None on failure."
  (try
    (setv response (requests.get url :timeout TIMEOUT))
    (.raise-for-status response)
    response.text
    (except [e requests.RequestException]
      (print f"failed: {e}")
      None)))

(defn count-links [html]
  (setv hosts (Counter))
  (for [part (.split html "href=\"")]
    (when (.startswith part "http")
      (setv host (get (.split part "/") 2))
      (+= (get hosts host) 1)))
  hosts)

(defclass Report [object]
  (defn __init__ [self url]
    (setv self.url url
          self.counts (count-links (or (fetch url) ""))))
  (defn top [self [n 3]]
    (.most-common self.counts n)))

(when (= __name__ "__main__")
  (setv report (Report "https://example.org"))
  (for [[host n] (.top report)]
    (print host n))
  (print (-> 2.5 (* 4) (+ 1)) True None 'symbol :keyword))
