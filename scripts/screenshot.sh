#!/usr/bin/env bash
# Renders the window for the README: starts the CRM simulator, runs Casedesk under Xvfb through a realistic
# correction (a refused attempt, then the corrected update) and saves the window to docs/screenshot.png,
# and in Spanish and Brazilian Portuguese to docs/screenshot-es.png and docs/screenshot-pt_BR.png. Then a
# bulk correction from a Spanish CSV: docs/screenshot-batch-check.png (the check) and
# docs/screenshot-batch.png (the results). Then read before write: a case loaded from the CRM and corrected,
# docs/screenshot-changes.png (the marks and the change summary), and the same case changed meanwhile by a
# colleague, docs/screenshot-changes-conflict.png (the conflict dialog Update opens).
# Usage: scripts/screenshot.sh [build-dir]    (default: build; the casedesk target must be built)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
bin=$build/bin
docs=$root/docs

for tool in xvfb-run curl; do
    command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool is missing (apt-get install xvfb)" >&2; exit 1; }
done
[ -x "$bin/casedesk" ] && [ -x "$bin/casedesk-crm-sim" ] || {
    echo "screenshot.sh: build casedesk and casedesk-crm-sim in $build first" >&2; exit 1; }

portfile=$(mktemp)
slowfile=$(mktemp)
steps=$(mktemp -d)
"$bin/casedesk-crm-sim" --port 0 --quiet >"$portfile" 2>/dev/null &
sim=$!
# The batch demo's CRM answers in a quarter of a second, so its send step shows a rate and time left.
"$bin/casedesk-crm-sim" --port 0 --quiet --delay-ms 250 >"$slowfile" 2>/dev/null &
slow=$!
trap 'kill $sim $slow 2>/dev/null || true; rm -rf "$portfile" "$slowfile" "$steps"' EXIT
for _ in $(seq 100); do
    grep -q 'listening on' "$portfile" && grep -q 'listening on' "$slowfile" && break
    sleep 0.1
done
url=$(grep -o 'http[s]*://[^ ]*' "$portfile")
slowurl=$(grep -o 'http[s]*://[^ ]*' "$slowfile")

mkdir -p "$docs"
# The demo operation's token; the app reads it from the environment, never from the command line.
# -noreset: without it Xvfb resets when its last client leaves and the next one sometimes cannot connect.
for lang in en es pt_BR; do
    out=$docs/screenshot.png
    [ "$lang" = en ] || out=$docs/screenshot-$lang.png
    WOLKVOX_TOKEN=A8K3J7F2 LANG=C.UTF-8 QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" \
        "$bin/casedesk-dev" --lang "$lang" --server "$url" --operation modulodeprueba --screenshot "$out"
    echo "screenshot.sh: wrote $out"
done

WOLKVOX_TOKEN=A8K3J7F2 LANG=C.UTF-8 QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" \
    "$bin/casedesk-dev" --lang en --server "$slowurl" --operation modulodeprueba --screenshot-batch "$steps/batch.png"
cp "$steps/batch.png" "$docs/screenshot-batch.png"
cp "$steps/batch-check.png" "$docs/screenshot-batch-check.png"
echo "screenshot.sh: wrote $docs/screenshot-batch.png and $docs/screenshot-batch-check.png"

# The demo case as the simulator starts it, not as the correction above left it.
curl -fsS -X POST "$url/__sim/reset" >/dev/null
WOLKVOX_TOKEN=A8K3J7F2 LANG=C.UTF-8 QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" \
    "$bin/casedesk-dev" --lang en --server "$url" --operation modulodeprueba --screenshot-load "$docs/screenshot-changes.png"
echo "screenshot.sh: wrote $docs/screenshot-changes.png and $docs/screenshot-changes-conflict.png"
