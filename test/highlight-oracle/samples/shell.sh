#!/bin/bash
# Start a local cluster and submit a job.
set -euo pipefail

FLINK_HOME="${HOME}/flink-1.4.0"
JOBS=(wordcount windows)
export PATH="$FLINK_HOME/bin:$PATH"

start_cluster() {
  local slots=${1:-4}
  echo "starting with $slots slots"
  "$FLINK_HOME"/bin/start-cluster.sh > /dev/null 2>&1 &
}

for job in "${JOBS[@]}"; do
  if [ -f "jobs/$job.jar" ] && [[ $job != test* ]]; then
    flink run -p 2 "jobs/$job.jar" --input 'file:///tmp/in.txt'
  else
    echo "missing: $job" >&2
  fi
done

count=$(ls -1 /tmp/out | wc -l)
case "$count" in
  0) exit 1 ;;
  *) printf '%d files\n' "$count" ;;
esac
