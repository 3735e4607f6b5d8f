#!/usr/bin/env bash
# Regenerates test/fixtures-plugins/*/expected/ with Jekyll itself (Debian's jekyll 4.3.1 with
# ruby-jekyll-feed, -seo-tag, -sitemap, -redirect-from, -include-cache, -archives, -gist, -avatar, -mentions,
# -optional-front-matter, -titles-from-headings, -default-layout, -readme-index, -paginate-v2,
# -relative-links, -toc, -commonmark (1.4.0, commonmarker 0.23.6), -sass-converter, -data (1.1.1), ruby-jekyll-multiple-languages (1.7.0), ruby-jekyll-polyglot (1.5.1) and jekyll-theme-minima), so the tests need no Ruby. A site's `theme:` is read from Jekyll's own gem; kiln reads the
# same files from the site's _themes/ folder (the test copies nothing).
# Usage: bash scripts/plugins-expected.sh [NAME...]
set -euo pipefail
cd "$(dirname "$0")/../test/fixtures-plugins"
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(*/)
for name in "${names[@]}"; do
  name=${name%/}
  [ -d "$name/source" ] || continue
  rm -rf "$name/expected"
  # A fixture's own theme gem (NAME/gems/: a gemspec and the gem's folder) is found as installed ones are.
  gems=()
  [ -d "$name/gems" ] && gems=("GEM_PATH=$PWD/$name/gems:$(ruby -e 'print Gem.path.join(":")')")
  # No bundler: plugins load from the site's `plugins:` list, as kiln reads it.
  env "${gems[@]}" JEKYLL_NO_BUNDLER_REQUIRE=true JEKYLL_ENV=production \
    jekyll build --quiet --disable-disk-cache --source "$name/source" --destination "$name/expected"
  echo "$name: $(find "$name/expected" -type f | wc -l) files"
done
