#!/usr/bin/env bash
# Load test of `annalist serve` at scale: builds a store of 1,000,000
# events by coding Wikinews 2019 and replicating it with shifted dates
# (about 3 minutes), measures the API under load against its bars (exits
# non-zero if one fails: filtered events p99 ≤ 50 ms, a year's timeline
# p99 ≤ 100 ms, POST ≥ 300 articles/s), then runs the browser test on that
# store, whose first load must stay within 1 s.
# Needs ../shared/data (or ANNALIST_DATA), Node 20+ and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"
out=${OUT:-out}/load
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out"/load.db*

echo "=== load test: build 1,000,000 events and measure the API ($(date -u +%H:%M:%S))"
go run ./server/internal/loadgen -db "$out/load.db" -events 1000000 -duration 20s

echo "=== load test: the dashboard on 1,000,000 events ($(date -u +%H:%M:%S))"
ANNALIST_DB="$out/load.db" OUT="$PWD/.ci/out/load" scripts/browser-test.sh
