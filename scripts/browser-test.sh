#!/usr/bin/env bash
# Browser test of the UI of `annalist serve`: checks the committed web/dist
# is the build of web/'s sources, runs the UI's unit tests, builds
# annalist, codes the project's sample articles into a fresh database,
# starts `annalist serve` on a free port and drives headless Chromium
# through the dashboard (web/e2e/browser.test.mjs). Screenshots and the
# server log go to .ci/out/. Fails on the first failing step.
#
# Needs Node 20+ with npm (for playwright-core, no browser download) and
# Debian's chromium, which it installs with apt when missing.
# Environment: OUT (artefacts, default .ci/out), CHROMIUM (default
# /usr/bin/chromium), ANNALIST_BIN (use this binary instead of building
# one), ANNALIST_DB (serve this store instead of one made from the sample
# articles), MAX_LOAD_MS (first-load bar, default 1000).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="/usr/local/go/bin:$PATH"
OUT=${OUT:-$root/.ci/out}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
export OUT CHROMIUM

step() { printf '\n=== browser test: %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }
fail() { echo "browser test: $*" >&2; exit 1; }

tmp=$(mktemp -d)
server_pid=
cleanup() {
	if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT

mkdir -p "$OUT"
# The artefacts are not sources: keep them out of git status.
[ -f "$OUT/.gitignore" ] || echo '*' >"$OUT/.gitignore"

step "chromium"
if [ ! -x "$CHROMIUM" ]; then
	sudo=
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium
fi
[ -x "$CHROMIUM" ] || fail "$CHROMIUM is missing after installing chromium"
"$CHROMIUM" --version 2>/dev/null | grep -i chromium || fail "$CHROMIUM --version failed"

step "node packages (npm ci in web/)"
command -v node >/dev/null || fail "node is missing: install Node 20+"
(cd web && npm ci --no-audit --no-fund --loglevel=error)

step "UI unit tests and the committed build"
(cd web && npm test --silent)
(cd web && node scripts/build.mjs "$tmp/dist" >/dev/null)
diff -r "$tmp/dist" web/dist >/dev/null ||
	fail "web/dist is not the build of web/'s sources: run 'make web' (cd web && npm run build) and commit web/dist"
echo "web/dist matches its sources"

step "build annalist"
bin=$tmp/annalist
if [ -n "${ANNALIST_BIN:-}" ]; then
	bin=$ANNALIST_BIN # e.g. bin/annalist from make build
	echo "using $bin"
else
	CGO_ENABLED=0 go build -o "$bin" ./cmd/annalist
fi

if [ -n "${ANNALIST_DB:-}" ]; then
	db=$ANNALIST_DB
	step "use the store $db"
else
	db=$tmp/ui.db
	step "code the sample articles"
	"$bin" ingest --db "$db" --date 2024-02-15 --source annalist-samples examples/articles
fi

step "start annalist serve"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
base="http://127.0.0.1:$port"
# A token lets the test post an article and watch it arrive on the live
# stream; reads stay open on loopback, as for any user.
ANNALIST_TOKEN=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
export ANNALIST_TOKEN
"$bin" serve --db "$db" --addr "127.0.0.1:$port" >"$OUT/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
	curl -fsS "$base/healthz" >/dev/null 2>&1 && break
	kill -0 "$server_pid" 2>/dev/null || { cat "$OUT/serve.log" >&2; fail "annalist serve exited"; }
	sleep 0.5
done
curl -fsS "$base/healthz" >/dev/null || { cat "$OUT/serve.log" >&2; fail "annalist serve did not answer $base/healthz within 60 s"; }
curl -fsS "$base/" | grep -q 'id="timeline"' ||
	fail "annalist serve does not serve the UI at $base/: the server's router must mount web.Handler() at /"
echo "serving on $base"

step "quick check: the dashboard loads with no console errors"
node web/e2e/browser.test.mjs --smoke "$base"

step "drive the dashboard in headless Chromium"
node web/e2e/browser.test.mjs "$base"
