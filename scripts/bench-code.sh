#!/usr/bin/env bash
# Throughput of `annalist code`, everything included (reading, NLP, coding,
# dates, places, quotations, consolidation, writing), on Wikinews 2019 and
# on the first 5,000 Reuters-21578 stories with a body: sentences/s and
# MB/s on one core and on all cores (median of RUNS runs), the speed-up,
# peak RSS and the CPU time of the run (user + system: on a machine other
# jobs load, CPU time per sentence stays steady while wall time does not,
# and CPU over wall time shows how many cores a run really had); then peak
# RSS with the PETRARCH2 production dictionaries.
set -euo pipefail
bin=$1 data=$2
out=${OUT:-out}/bench
runs=${RUNS:-5}
mkdir -p "$out"
reuters="$out/reuters5000.jsonl"
[ -s "$reuters" ] || go run ./internal/reuters/jsonl -dir "$data/news/reuters21578" -n 5000 >"$reuters"

median() { sort -g | awk '{a[NR]=$1} END{print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# measure INPUT CORES [extra flags...]: prints "rate" and a report line.
measure() {
	local in=$1 cores=$2
	shift 2
	local secs=() rss=() cpu=() sents=0
	for _ in $(seq "$runs"); do
		local err
		err=$(mktemp)
		if [ "$cores" = all ]; then
			/usr/bin/time -v "$bin" code --stats "$@" "$in" >/dev/null 2>"$err"
		else
			GOMAXPROCS=$cores /usr/bin/time -v "$bin" code --stats "$@" "$in" >/dev/null 2>"$err"
		fi
		sents=$(sed -n 's/.*sentences=\([0-9]*\).*/\1/p' "$err")
		secs+=("$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' "$err")")
		rss+=("$(awk '/Maximum resident set size/{print $NF}' "$err")")
		cpu+=("$(awk '/User time \(seconds\)|System time \(seconds\)/{t += $NF} END{print t}' "$err")")
		rm -f "$err"
	done
	local s c peak mb
	s=$(printf '%s\n' "${secs[@]}" | median)
	c=$(printf '%s\n' "${cpu[@]}" | median)
	peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
	mb=$(awk -v b="$(wc -c <"$in")" 'BEGIN{printf "%.3f", b/1e6}')
	awk -v s="$s" -v c="$c" -v n="$sents" -v mb="$mb" -v rss="$peak" -v cores="$cores" -v name="$(basename "$in")" \
		'BEGIN{printf "%-22s %3s core(s): %5d sentences in %6.2fs: %6.0f sentences/s, %5.2f MB/s, peak RSS %4.0f MB, CPU %5.2fs (%.2f cores busy)\n", name, cores, n, s, n/s, mb/s, rss/1024, c, c/s}' >&2
	awk -v s="$s" -v n="$sents" 'BEGIN{printf "%.0f\n", n/s}'
}

echo "annalist code throughput, median of $runs runs (stderr of each run has the counts)" >&2
for in in "$data/news/wikinews/wikinews_2019.csv" "$reuters"; do
	one=$(measure "$in" 1)
	all=$(measure "$in" all)
	awk -v a="$all" -v o="$one" 'BEGIN{printf "  speed-up on all cores: %.2fx\n", a/o}' >&2
done

p="$data/petrarch"
RUNS=1 measure "$data/news/wikinews/wikinews_2019.csv" 1 --dict-replace \
	--dict "$p/CAMEO.2.0.txt" --dict "$p/Phoenix.Countries.actors.txt" --dict "$p/Phoenix.International.actors.txt" \
	--dict "$p/Phoenix.MilNonState.actors.txt" --dict "$p/Phoenix.agents.txt" --dict "$p/Phoenix.discards.txt" >/dev/null
echo "  (the last line: with the PETRARCH2 production dictionaries loaded)" >&2
