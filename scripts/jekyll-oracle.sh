#!/usr/bin/env bash
# Regenerates the Jekyll-oracle suite's expectations: for each test/jekyll-oracle/sites/NAME/,
# builds NAME/source with Jekyll 4.3.1 and keeps what it wrote in NAME/expected/, or, when
# Jekyll rejects the site, its exit code and error line in NAME/expected-error.txt. Jekyll's
# warnings go to NAME/jekyll.log. Each site is also built without `template_engine: liquid`
# to check that Jekyll ignores the key. CI needs none of this: the results are committed.
#
#   bash scripts/jekyll-oracle.sh            # every site
#   bash scripts/jekyll-oracle.sh tag-for    # only the named sites
#
# A site's NAME/args (one line) holds command-line flags for both builds, e.g.
# `--config {source}/_config.yml,{source}/_local.yml --unpublished`.
#
# Needs: apt-get install -y jekyll ruby-jekyll-paginate
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITES="$ROOT/test/jekyll-oracle/sites"
command -v jekyll >/dev/null || { echo "jekyll is not installed (apt-get install -y jekyll)" >&2; exit 2; }
VERSION=$(jekyll -v)
[ "$VERSION" = "jekyll 4.3.1" ] || { echo "expected jekyll 4.3.1, found: $VERSION" >&2; exit 2; }
ruby -e 'require "jekyll"; require "jekyll-paginate"' 2>/dev/null ||
  { echo "jekyll-paginate is not installed (apt-get install -y ruby-jekyll-paginate)" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/jekyll-oracle.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# Builds $1 (a source folder) into $2 with the site's own flags (NAME/args, `{source}` standing
# for the source folder); prints Jekyll's output without colours; returns its exit code.
jekyll_build() {
  local rc=0 args=()
  [ -f "$site/args" ] && read -r -a args < <(sed -e "s#{source}#$1#g" "$site/args")
  # Jekyll's default zone is the machine's; kiln's is UTC. No disk cache inside the source.
  TZ=UTC LC_ALL=C.UTF-8 jekyll build --source "$1" --destination "$2" --disable-disk-cache "${args[@]}" \
    >"$WORK/log" 2>&1 || rc=$?
  sed -e 's/\x1b\[[0-9;]*m//g' "$WORK/log"
  return $rc
}

if [ $# -gt 0 ]; then names=("$@"); else names=(); for d in "$SITES"/*/; do names+=("$(basename "$d")"); done; fi
failed=0
for name in "${names[@]}"; do
  site="$SITES/$name"
  [ -d "$site/source" ] || { echo "no such site: $name" >&2; exit 2; }
  rm -rf "$WORK/src" "$WORK/out" "$WORK/plain-src" "$WORK/plain-out"
  cp -R "$site/source" "$WORK/src"
  rc=0
  jekyll_build "$WORK/src" "$WORK/out" >"$WORK/clean-log" || rc=$?
  rm -rf "$site/expected" "$site/expected-error.txt" "$site/jekyll.log"
  grep -E 'Warning|Exception|Error|error' "$WORK/clean-log" | grep -v '^\s*from ' | sed -e 's/^ *//' \
    -e "s#$WORK/src/##g" >"$site/jekyll.log" || true
  [ -s "$site/jekyll.log" ] || rm -f "$site/jekyll.log"
  if [ $rc -ne 0 ]; then
    # The first line naming the failure, e.g. "Liquid Exception: … in index.html", or Ruby's
    # "…: The URL template doesn't have nonsense keys. … (NoMethodError)".
    line=$(grep -E '(Exception|Error):|Error\)$' "$WORK/clean-log" | grep -v '^\s*from ' | head -n 1 | sed -e 's/^ *//' \
      -e "s#$WORK/src/##g" || true)
    # Jekyll's own refusals (`abort_with`) are the line after "Generating...".
    [ -n "$line" ] || line=$(grep -A 1 'Generating\.\.\.' "$WORK/clean-log" | tail -n 1 | sed -e 's/^ *//' -e 's/ *$//' \
      -e "s#$WORK/src/##g")
    printf 'exit %s\n%s\n' "$rc" "$line" >"$site/expected-error.txt"
    echo "$name: jekyll exit $rc: $line"
  else
    mkdir -p "$site/expected"
    cp -R "$WORK/out/." "$site/expected/"
    echo "$name: $(find "$site/expected" -type f | wc -l) files"
  fi
  # Jekyll ignores `template_engine`: the site without the key builds the same.
  cp -R "$site/source" "$WORK/plain-src"
  for config in "$WORK"/plain-src/_config.yml "$WORK"/plain-src/_config.yaml; do
    [ -f "$config" ] && sed -i '/^template_engine:/d' "$config"
  done
  prc=0
  jekyll_build "$WORK/plain-src" "$WORK/plain-out" >/dev/null || prc=$?
  if [ $prc -ne $rc ] || { [ $rc -eq 0 ] && ! diff -r "$WORK/out" "$WORK/plain-out" >/dev/null; }; then
    echo "$name: output differs without template_engine: liquid" >&2
    failed=1
  fi
done
exit $failed
