#!/usr/bin/env bash
# Regenerates test/fixtures-site-plugins/*/expected/: each site built by Jekyll 4.3.1 with the
# Ruby plugin that kiln's JavaScript port (examples/jekyll-plugins/) replaces, taken from where it
# lives (the conformance site's _plugins/, never copied into the repository). The test builds the
# same source with the port copied over it, as a migrating site adds it.
#   bash scripts/site-plugins-expected.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUBY_PLUGINS=${RUBY_PLUGINS:-$ROOT/../shared/conformance/flink-2018/site/_plugins}
[ -f "$RUBY_PLUGINS/github.rb" ] || { echo "no Ruby plugin at $RUBY_PLUGINS/github.rb" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/site-plugins.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
for site in "$ROOT"/test/fixtures-site-plugins/*/; do
  name=$(basename "$site")
  rm -rf "$WORK/src" "$site/expected"
  cp -R "$site/source" "$WORK/src"
  mkdir -p "$WORK/src/_plugins"
  cp "$RUBY_PLUGINS/github.rb" "$WORK/src/_plugins/"
  TZ=UTC LC_ALL=C.UTF-8 jekyll build --quiet --disable-disk-cache --source "$WORK/src" --destination "$site/expected"
  echo "$name: $(find "$site/expected" -type f | wc -l) files"
done
