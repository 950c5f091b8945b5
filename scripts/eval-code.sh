#!/usr/bin/env bash
# Codes all of wikinews_2019.csv with the built binary and checks the
# foundation's bars: every article coded without an error message, and
# every GDELT row has exactly 61 tab-separated columns.
set -euo pipefail
bin=$1 data=$2 out=$3
csv="$data/news/wikinews/wikinews_2019.csv"
mkdir -p "$out"
fail=0

if ! "$bin" code --stats "$csv" >"$out/wikinews.jsonl" 2>"$out/wikinews.err"; then
	echo "FAIL: annalist code exited non-zero on $csv" >&2
	fail=1
fi
if grep -v '^annalist: stats:' "$out/wikinews.err" | grep -q .; then
	echo "FAIL: annalist code wrote error messages on $csv:" >&2
	head -n 20 "$out/wikinews.err" >&2
	fail=1
fi
grep '^annalist: stats:' "$out/wikinews.err" || true
articles=$(sed -n 's/.*articles=\([0-9]*\).*/\1/p' "$out/wikinews.err")
if [ "${articles:-0}" != 171 ]; then
	echo "FAIL: coded ${articles:-0} articles of wikinews_2019.csv, want 171" >&2
	fail=1
fi

"$bin" code --format gdelt "$csv" >"$out/wikinews.gdelt.tsv" 2>/dev/null || true
bad=$(awk -F'\t' 'NF != 61' "$out/wikinews.gdelt.tsv" | wc -l)
rows=$(wc -l <"$out/wikinews.gdelt.tsv")
echo "gdelt: $rows rows, $bad with a column count other than 61"
if [ "$rows" -eq 0 ] || [ "$bad" -ne 0 ]; then
	echo "FAIL: GDELT rows must number > 0 and all have 61 columns" >&2
	fail=1
fi
exit $fail
