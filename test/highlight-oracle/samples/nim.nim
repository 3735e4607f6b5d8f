## Word statistics for the docs, compiled with `nim c -d:release`
import std/[tables, strutils, os, algorithm]

type
  Stats* = object
    words: CountTable[string]
    lines: int

const stopWords = ["the", "a", "of", "and", "to"]

proc addLine(s: var Stats, line: string) =
  inc s.lines
  for w in line.splitWhitespace():
    let word = w.strip(chars = {'.', ',', ';', ':'}).toLowerAscii
    if word.len > 0 and word notin stopWords:
      s.words.inc(word)

proc top*(s: Stats, n = 10): seq[(string, int)] =
  ## The `n` most frequent words.
  result = @[]
  for word, count in s.words:
    result.add((word, count))
  result.sort(proc (a, b: (string, int)): int = cmp(b[1], a[1]))
  if result.len > n:
    result.setLen(n)

when isMainModule:
  var stats: Stats
  let path = if paramCount() > 0: paramStr(1) else: "README.md"
  for line in lines(path):
    stats.addLine(line)
  #[ print a small table,
     widths are fixed ]#
  echo "lines: ", stats.lines
  for (word, count) in stats.top(5):
    echo word.alignLeft(20), $count, " ", 0x1F, ' ', 3.5e2
  discard """multi
line string"""
