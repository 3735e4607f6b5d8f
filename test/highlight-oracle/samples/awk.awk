#!/usr/bin/awk -f
# Summarises response times per endpoint from an access log.
# Usage: awk -f latency.awk access.log
BEGIN {
    FS = " "
    threshold = 0.5   # seconds
    printf "%-30s %8s %8s %8s\n", "endpoint", "count", "avg", "slow"
}

$9 ~ /^[45][0-9][0-9]$/ { errors[$7]++ }

{
    split($7, parts, "?")
    path = parts[1]
    t = $NF + 0
    count[path]++
    total[path] += t
    if (t > threshold) slow[path]++
    if (!(path in max) || t > max[path]) max[path] = t
}

END {
    for (p in count) {
        avg = total[p] / count[p]
        printf "%-30s %8d %8.3f %8d\n", p, count[p], avg, slow[p] + 0
    }
    n = length(errors)
    if (n > 0) {
        print "\nEndpoints with errors:" > "/dev/stderr"
        for (p in errors) print "  " p ": " errors[p] > "/dev/stderr"
    }
    exit n > 0 ? 1 : 0
}
