#!/usr/bin/env bash
# Installs what is missing, builds, starts the local CRM simulator and opens Casedesk connected to it
# (without a display, it shows the same update through casedesk-cli). Extra arguments go to casedesk.
source "$(dirname "$0")/lib.sh"

install_packages
build

bin=$CASEDESK_BUILD/bin
log "Starting the CRM simulator (demo operation 'modulodeprueba')"
portfile=$(mktemp)
"$bin/casedesk-crm-sim" --port 0 >"$portfile" 2>/dev/null &
sim=$!
trap 'kill $sim 2>/dev/null; rm -f "$portfile"' EXIT
for _ in $(seq 100); do
    grep -q 'listening on' "$portfile" && break
    sleep 0.1
done
url=$(grep -o 'http[s]*://[^ ]*' "$portfile")
log "Simulator at $url"

# The demo operation's token; a real one comes from the CRM and goes in WOLKVOX_TOKEN or the window,
# never on the command line.
export WOLKVOX_TOKEN=A8K3J7F2
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    log "Opening Casedesk on the simulator: try case 6074aaa0801374bbbbb781025ccc7d3, responsible ana@modulodeprueba"
    "$bin/casedesk" --server "$url" --operation modulodeprueba "$@"
    exit $?
fi

log "No display here; showing the same update through casedesk-cli instead"
set +e
"$bin/casedesk-cli" update --server "$url" --operation modulodeprueba \
    --id 6074aaa0801374bbbbb781025ccc7d3 --case-type Request --responsible ana@modulodeprueba \
    --status closed --priority high --solution "Router replaced; the customer confirmed service." \
    --field canal=WhatsApp --field ciudad=Bogotá
status=$?
set -e
log "casedesk-cli exited with $status (0 = updated)"
exit $status
