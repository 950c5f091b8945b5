#!/usr/bin/env bash
# Throughput of `annalist code` over wikinews_2019.csv, everything
# included (reading, NLP, coding, writing): sentences/s and MB/s on one
# core and on all cores, and peak RSS. Medians of several runs.
set -euo pipefail
bin=$1 data=$2
csv="$data/news/wikinews/wikinews_2019.csv"
runs=${RUNS:-5}
mb=$(awk -v b="$(wc -c <"$csv")" 'BEGIN{printf "%.3f", b/1e6}')

median() { sort -g | awk '{a[NR]=$1} END{print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

measure() { # $1 = GOMAXPROCS value or "" for all cores
	local rates=() rss=() sents=0
	for _ in $(seq "$runs"); do
		local err
		err=$(mktemp)
		if [ -n "$1" ]; then
			GOMAXPROCS=$1 /usr/bin/time -v "$bin" code --stats "$csv" >/dev/null 2>"$err"
		else
			/usr/bin/time -v "$bin" code --stats "$csv" >/dev/null 2>"$err"
		fi
		sents=$(sed -n 's/.*sentences=\([0-9]*\).*/\1/p' "$err")
		local secs
		secs=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' "$err")
		rates+=("$secs")
		rss+=("$(awk '/Maximum resident set size/{print $NF}' "$err")")
		rm -f "$err"
	done
	local secs
	secs=$(printf '%s\n' "${rates[@]}" | median)
	local peak
	peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
	awk -v s="$secs" -v n="$sents" -v mb="$mb" -v rss="$peak" -v cores="${1:-all}" \
		'BEGIN{printf "annalist code, %s core(s): %d sentences in %.2fs (median of runs): %.0f sentences/s, %.2f MB/s, peak RSS %.0f MB\n", cores, n, s, n/s, mb/s, rss/1024}'
}

echo "input: $csv ($mb MB), $runs runs each"
measure 1
measure ""
