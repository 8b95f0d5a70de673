#!/usr/bin/env bash
# The simulator's connection log and link options, checked with curl: requests are counted on the TCP
# connection that carried them, a connection that sent nothing is still listed, bad values are refused, and
# the simulated link's and server's delays are never shorter than asked (what the simulator does to answer
# comes out of them; see --link-delay-ms).
# Usage: sim_connections_test.sh /path/to/casedesk-crm-sim
set -euo pipefail
SIM=${1:?usage: $0 /path/to/casedesk-crm-sim}
WORK=$(mktemp -d)
PID=
cleanup() {
    [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
FAILED=0
PASSED=0
check() { # name actual expected
    if [ "$2" == "$3" ]; then PASSED=$((PASSED + 1)); echo "ok    $1"; else FAILED=$((FAILED + 1)); echo "FAIL  $1: expected '$3', got '$2'"; fi
}

for bad in "--link-delay-ms -1" "--link-delay-ms 60001" "--server-ms x" "--server-ms 600001"; do
    set +e
    # shellcheck disable=SC2086
    "$SIM" --port 0 $bad >/dev/null 2>"$WORK/err"
    code=$?
    set -e
    check "refuses $bad" "$code" 2
done

"$SIM" --port 0 --quiet --accept-unknown-ids >"$WORK/out" 2>"$WORK/err" &
PID=$!
for _ in $(seq 100); do grep -q 'listening on' "$WORK/out" && break; sleep 0.1; done
URL=$(grep -o 'http://[^ ]*' "$WORK/out")
UPDATE=(-H 'Wolkvox-Token: A8K3J7F2' --form-string operation=modulodeprueba
    --form-string wolkvox-id=6074aaa0801374bbbbb781025ccc7d3 --form-string case-type=Request
    --form-string responsible=ana@modulodeprueba --form-string status=open --form-string priority=low
    --form-string 'form={}')
# The API requests of each connection that made no admin call (the test's own), in accept order.
conns() {
    curl -s "$URL/__sim/connections" | sed 's/\].*//' | tr '{' '\n' \
        | sed -n 's/.*"admin_requests":0,.*[^_]"requests":\([0-9]*\).*/\1/p' | tr '\n' ' '
}

# One curl process, two transfers: one connection, reused.
curl -s -o /dev/null "${UPDATE[@]}" "$URL/server/API/v2/cases/update.php" \
    --next -s -o /dev/null "${UPDATE[@]}" "$URL/server/API/v2/cases/update.php"
check "two transfers of one curl share a connection" "$(conns)" "2 "
# Another process: another connection. Then one that connects and sends nothing (bash's /dev/tcp).
curl -s -o /dev/null "${UPDATE[@]}" "$URL/server/API/v2/cases/update.php"
port=${URL##*:}
exec 3<>"/dev/tcp/127.0.0.1/$port"
sleep 0.3
check "every connection listed with its requests, one that sent nothing too" "$(conns)" "2 1 0 "
check "opened counts every accepted connection" "$(curl -s "$URL/__sim/connections" | grep -o '"opened":[0-9]*')" '"opened":6'
exec 3>&-
curl -s -X POST -o /dev/null "$URL/__sim/reset"
check "reset forgets closed connections" "$(curl -s "$URL/__sim/connections" | grep -o '"opened":[0-9]*')" '"opened":1'

kill "$PID" && wait "$PID" 2>/dev/null || true
PID=

# 50 ms each way and 40 ms of server time. A new connection is served after the TCP handshake's round trip
# (100 ms), so the first answer takes 240 ms at least; the second, on the same connection, 140 ms.
"$SIM" --port 0 --quiet --accept-unknown-ids --link-delay-ms 50 --server-ms 40 >"$WORK/out" 2>"$WORK/err" &
PID=$!
for _ in $(seq 100); do grep -q 'listening on' "$WORK/out" && break; sleep 0.1; done
URL=$(grep -o 'http://[^ ]*' "$WORK/out")
timing='%{time_pretransfer} %{time_total} %{http_code}\n' # the answer is small: total is its arrival
curl -s -o /dev/null -w "$timing" "${UPDATE[@]}" "$URL/server/API/v2/cases/update.php" \
    --next -s -o /dev/null -w "$timing" "${UPDATE[@]}" "$URL/server/API/v2/cases/update.php" >"$WORK/times"
at_least() { # line minimum-ms: the answer, from the start (new connection) or from the request sent
    awk -v line="$1" -v min="$2" 'NR == line {
        ms = (line == 1 ? $2 : $2 - $1) * 1000
        print ($3 == 200 && ms >= min) ? "yes" : "no: " $3 ", " ms " ms" }' "$WORK/times"
}
check "a new connection's first answer waits the handshake, the link both ways and the server" "$(at_least 1 240)" yes
check "a reused connection's answer waits the link both ways and the server" "$(at_least 2 140)" yes
check "both on one connection" "$(conns)" "2 "

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
