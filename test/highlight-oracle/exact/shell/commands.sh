#!/bin/bash
# Build and serve the site
set -euo pipefail
git log --pretty=oneline --after=12/31/2016 | wc -l
bundle exec jekyll serve --watch --port 4000 &
npm install --save-dev kiln-ssg@latest
sudo apt-get install -y ruby-full build-essential zlib1g-dev
echo "Hello, $USER! Today is $(date +%A)." > out.txt
echo 'single $quoted' "double ${HOME}/x" $'ansi\tstring'
cd "$(dirname "$0")/.." && ls -la *.md
export PATH="$HOME/.local/bin:$PATH"
FOO=bar BAZ="qux" ./run.sh --flag=value -v 2>&1 | tee log.txt
tar -xzf archive.tar.gz -C /tmp; rm -rf /tmp/build
curl -fsSL https://example.org/install.sh | sh
. ~/.bashrc
source venv/bin/activate
