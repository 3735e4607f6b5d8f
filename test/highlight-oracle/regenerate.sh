#!/usr/bin/env bash
# Regenerates expected/LANG.rouge.html and expected/LANG.pygments.html from samples/LANG.EXT, and
# exact/LANG/NAME.rouge.html from exact/LANG/NAME.EXT (more samples of the languages kiln colours
# as Rouge does; and NAME.pygments.html for those it colours as Pygments does too), with
# the oracles: Rouge 3.30 (installed with Debian's jekyll) and Pygments 2.14 (python3-pygments).
# A language Pygments 2.14 does not know gets no Pygments file. The tests read only the committed
# files, so CI needs neither oracle.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf expected && mkdir expected
ruby rouge.rb samples/*
find exact -type f ! -name '*.html' -print0 | xargs -0 ruby rouge-exact.rb
# Samples kiln also lexes as Pygments does (words whose class changed after the Pygments of Jekyll
# 2 and 3 aside): exact/LANG/NAME.pygments.html (their samples/ files get theirs below).
for sample in exact/diff/*.diff exact/tex/*.tex exact/css/*.css exact/javascript/*.js exact/make/*.mk exact/postscript/*.ps; do
  /usr/bin/pygmentize -l "$(basename "$(dirname "$sample")")" -f html -O nowrap,stripnl=False "$sample" >"${sample%.*}.pygments.html"
done
# Pygments' name for a sample where it differs from Rouge's.
pygments_name() {
  case "$1" in
    shell) echo bash ;;
    objective_c) echo objective-c ;;
    viml) echo vim ;;
    igorpro) echo igor ;;
    idlang) echo idl ;;
    plaintext) echo text ;;
    apache) echo apacheconf ;;
    batchfile) echo batch ;;
    common_lisp) echo common-lisp ;;
    robot_framework) echo robotframework ;;
    vb) echo vbnet ;;
    *) echo "$1" ;;
  esac
}
for sample in samples/*; do
  file=$(basename "$sample")
  lang=${file%%.*}
  /usr/bin/pygmentize -l "$(pygments_name "$lang")" -f html -O nowrap,stripnl=False "$sample" \
    > "expected/$lang.pygments.html" 2>/dev/null || rm "expected/$lang.pygments.html"
done
