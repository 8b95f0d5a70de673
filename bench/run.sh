#!/usr/bin/env bash
# Casedesk's performance benchmarks. Builds a Release tree (build-bench/), runs every case several times,
# interleaving each measurement with its reference (curl, a bare Qt window) so that machine load hits
# both alike, prints a table of medians against the targets and writes docs/PERFORMANCE.md.
#
#   bench/run.sh            every case, BENCH_RUNS times each (default 5); writes docs/PERFORMANCE.md
#   bench/run.sh --quick    a smoke run: 2 runs, a 64 MiB upload, 10,000 history rows, 50/200-row
#                           batches; prints the table and writes nothing under docs/
#
# Environment: BENCH_RUNS (runs per case), BENCH_BUILD (build folder, default build-bench),
# BENCH_UPLOAD_MIB (upload size, default 1024), BENCH_KEEP=1 (keep the scratch folder),
# BENCH_CASES (some of "startup history upload roundtrip bulk link": only those, and nothing written under
# docs/); for the link profiles (bench/link.sh, root: a network namespace) BENCH_LINK_RUNS (default 1),
# BENCH_SERVER_MS (the CRM's time per request, default 40), BENCH_LINK_UPLOAD_MIB (default 50),
# BENCH_LINK_RTTS (only the link profiles with these RTTs in ms, e.g. "100"; default every one).
# Not run by CI: a full run takes about half an hour and its figures depend on the machine.
source "$(dirname "$0")/../scripts/lib.sh"

quick=0
for arg in "$@"; do
    case $arg in
    --quick) quick=1 ;;
    -h | --help)
        sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "unknown argument: $arg (see --help)" >&2
        exit 2
        ;;
    esac
done

if [ $quick -eq 1 ]; then
    RUNS=${BENCH_RUNS:-2}
    UPLOAD_MIB=${BENCH_UPLOAD_MIB:-64}
    HISTORY_ROWS=10000
    ROUNDTRIP_ROWS=50
    BULK_ROWS=200
else
    RUNS=${BENCH_RUNS:-5}
    UPLOAD_MIB=${BENCH_UPLOAD_MIB:-1024}
    HISTORY_ROWS=100000
    ROUNDTRIP_ROWS=500
    BULK_ROWS=2000
fi
CONCURRENCY=2 # the vendor's limit of requests in flight per token
TOKEN=A8K3J7F2 # the simulator's demo token; never a real one
OPERATION=modulodeprueba
RESPONSIBLE=ana@modulodeprueba

# ------------------------------------------------------------------------------------------------ set-up

install_packages xvfb nginx-light time
CASEDESK_BUILD=${BENCH_BUILD:-$CASEDESK_ROOT/build-bench}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CASEDESK_BUILD_TYPE=Release build -DCASEDESK_BUILD_TESTS=OFF -DCASEDESK_DEV_HOOKS=ON -DCASEDESK_BUILD_BENCH=ON "${launcher[@]}"
bin=$CASEDESK_BUILD/bin

work=$(mktemp -d /tmp/casedesk-bench.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    link_cleanup
    [ "${BENCH_KEEP:-0}" = 1 ] && echo "scratch folder kept: $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT
source "$CASEDESK_ROOT/bench/link.sh"

# Every measured program gets the same clean environment: its own HOME and XDG folders under $work.
# $1 names the profile folder.
profile_env() {
    local home=$work/profiles/$1
    mkdir -p "$home/.config" "$home/.local/share" "$home/.cache"
    echo "HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache"
}

# median of the numbers on standard input
median() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "-"; exit }
        if (NR % 2) printf "%.1f\n", v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# value of key $1 in a line of key=value pairs on standard input
field() { tr ' ' '\n' | sed -n "s/^$1=//p" | head -n 1; }
# Three decimals: a verdict is taken on the figure shown, and 0.9486 must not pass a 0.95 target as "0.95".
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0 || a == "-" || b == "-") print "-"; else printf "%.3f\n", a / b }'; }
calc() { awk "BEGIN { printf \"%.1f\n\", $1 }"; }

# Runs a command under casedesk-bench-launch; prints the launcher's figures line. Output of the program
# goes to $work/logs/<label>.log.
# Arguments: LABEL [NAME=VALUE...] LAUNCHER-ARGUMENTS...; the assignments go to the program's environment.
measure() {
    local label=$1
    shift
    local vars=()
    while [ $# -gt 0 ] && [[ $1 == [A-Z]*=* ]]; do
        vars+=("$1")
        shift
    done
    mkdir -p "$work/logs"
    env "${vars[@]}" "$bin/casedesk-bench-launch" "$@" 2>>"$work/logs/$label.log" | tail -n 1
}

wait_for_line() { # file, pattern: up to 10 s
    for _ in $(seq 100); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "timed out waiting for '$2' in $1" >&2
    return 1
}

log "Scratch folder $work"
mkdir -p "$work/logs"

# A display: Xvfb, with -noreset so the server survives its clients.
display=
for n in $(seq 90 140); do
    [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] && continue
    Xvfb :$n -screen 0 1600x1000x24 -noreset -nolisten tcp >"$work/xvfb.log" 2>&1 &
    pids+=($!)
    display=:$n
    break
done
[ -n "$display" ] || { echo "no free X display number" >&2; exit 1; }
for _ in $(seq 100); do [ -e /tmp/.X11-unix/X${display#:} ] && break; sleep 0.1; done
export DISPLAY=$display
export QT_QPA_PLATFORM=xcb
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export XDG_RUNTIME_DIR=$work/runtime
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

# A desktop session bus with an unlocked Secret Service, as an agent's desktop has: the window reads its
# token from the keychain at start-up, and the bare window connects to the same bus.
dbus-daemon --session --fork --print-pid=1 --address="unix:path=$work/bus" >"$work/dbus.pid"
pids+=("$(cat "$work/dbus.pid")")
export DBUS_SESSION_BUS_ADDRESS=unix:path=$work/bus
mkdir -p "$work/keyring"
printf bench | HOME=$work/keyring XDG_DATA_HOME=$work/keyring gnome-keyring-daemon --foreground --unlock \
    --components=secrets >"$work/keyring.log" 2>&1 &
pids+=($!)

# The CRM simulator, with every case id accepted and a quota no benchmark reaches.
start_simulator() {
    "$bin/casedesk-crm-sim" --port 0 --quiet --accept-unknown-ids --daily-quota 1000000000 \
        >"$work/sim.out" 2>"$work/sim.err" &
    pids+=($!)
    wait_for_line "$work/sim.out" 'listening on'
    sim_url=$(grep -o 'http://[^ ]*' "$work/sim.out")
}
start_simulator

# A second simulator over HTTPS — the only scheme Casedesk uses with a real CRM — with a private CA given to
# both clients (curl's cacert, casedesk-cli's --ca-bundle). Qt reads plain HTTP answers' headers one read()
# per byte; over TLS its socket is buffered, so the round trip is measured both ways.
start_tls_simulator() {
    local tls=$work/tls
    mkdir -p "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Casedesk bench CA" \
        -keyout "$tls/ca.key" -out "$tls/ca.pem" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$tls/server.key" \
        -out "$tls/server.csr" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n' >"$tls/server.ext"
    openssl x509 -req -days 2 -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial \
        -extfile "$tls/server.ext" -out "$tls/server.pem" 2>/dev/null
    "$bin/casedesk-crm-sim" --port 0 --quiet --accept-unknown-ids --daily-quota 1000000000 \
        --tls-cert "$tls/server.pem" --tls-key "$tls/server.key" >"$work/tls-sim.out" 2>"$work/tls-sim.err" &
    pids+=($!)
    wait_for_line "$work/tls-sim.out" 'listening on'
    tls_sim_url=$(grep -o 'https://[^ ]*' "$work/tls-sim.out")
    tls_ca=$tls/ca.pem
}
start_tls_simulator

# nginx from Debian on a loopback port: reads every request body to its end and throws it away, then
# answers like the CRM. (return 200 discards the body; the access log's request_time shows it was read.)
nginx_port=$(
    python3 - <<'EOF' 2>/dev/null || echo 18431
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])
EOF
)
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 64; }
http {
    log_format bench '\$request_length \$request_time \$status';
    access_log $work/nginx/access.log bench;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    keepalive_requests 100000;
    server {
        listen 127.0.0.1:$nginx_port;
        client_max_body_size 0;
        location / {
            default_type application/json;
            return 200 '{"code":200,"error":"null","msg":"Succesfully update record","data":{"wolkvox_id":"6074aaa0801374bbbbb781025ccc7d3"}}';
        }
    }
}
EOF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" >"$work/nginx/stdout.log" 2>&1 &
pids+=($!)
nginx_url=http://127.0.0.1:$nginx_port
for _ in $(seq 100); do curl -s -o /dev/null "$nginx_url/" && break; sleep 0.1; done

# The attachment: zeros written to disk (a real file, not a sparse one), with an extension the CRM takes.
upload_bytes=$((UPLOAD_MIB * 1024 * 1024))
big=$work/call-recording.mp4
dd if=/dev/zero of="$big" bs=1M count="$UPLOAD_MIB" status=none
cat "$big" >/dev/null # in the page cache for every reader alike
printf 'Wolkvox-Token: %s\n' "$TOKEN" >"$work/token-header" # curl reads the header from a file, not argv

export WOLKVOX_TOKEN=$TOKEN
declare -A results=() # case -> "value unit target verdict reference ratio"
declare -A notes=()
machine_load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# ------------------------------------------------------------------------------------------ start-up, memory

bench_startup() {
    log "Start-up and idle memory: bare Qt window vs Casedesk ($RUNS runs each, interleaved)"
    # A realistic profile: a history of 100,000 attempts (the quick run uses fewer).
    local realistic
    realistic=$(profile_env realistic)
    local data
    data=$(echo "$realistic" | field XDG_DATA_HOME)/Casedesk/Casedesk
    mkdir -p "$data"
    "$bin/casedesk-bench-makehistory" "$data/history.sqlite" "$HISTORY_ROWS"
    # Written out before anything is timed: the kernel's write-back of those pages (tens of MiB) would
    # otherwise run beside the first starts, the window's and its references' alike.
    sync
    # One warm-up of each, not counted: libraries and fonts in the page cache for both.
    env $(profile_env warm-bare) CASEDESK_READY_PROBE=1 \
        "$bin/casedesk-bench-launch" --ready --idle-ms 200 --timeout-s 60 -- "$bin/casedesk-bench-barewindow" >/dev/null 2>&1
    env $(profile_env warm-forms) CASEDESK_READY_PROBE=1 \
        "$bin/casedesk-bench-launch" --ready --idle-ms 200 --timeout-s 60 -- "$bin/casedesk-bench-formswindow" >/dev/null 2>&1
    env $realistic CASEDESK_READY_PROBE=1 \
        "$bin/casedesk-bench-launch" --ready --idle-ms 200 --timeout-s 60 -- "$bin/casedesk-dev" >/dev/null 2>&1
    local bare=() forms=() fresh=() profile=() bare_mem=() fresh_mem=() profile_mem=() line
    for i in $(seq "$RUNS"); do
        line=$(measure startup-bare $(profile_env bare-$i) CASEDESK_READY_PROBE=1 --ready --timeout-s 60 -- "$bin/casedesk-bench-barewindow")
        bare+=("$(echo "$line" | field ready_ms)")
        bare_mem+=("$(echo "$line" | field hwm_kib)")
        line=$(measure startup-forms $(profile_env forms-$i) CASEDESK_READY_PROBE=1 --ready --timeout-s 60 -- "$bin/casedesk-bench-formswindow")
        forms+=("$(echo "$line" | field ready_ms)")
        # First start ever: an empty profile (creates the history file and the keychain entry).
        line=$(measure startup-fresh $(profile_env fresh-$i) CASEDESK_READY_PROBE=1 --ready --timeout-s 60 -- "$bin/casedesk-dev")
        fresh+=("$(echo "$line" | field ready_ms)")
        fresh_mem+=("$(echo "$line" | field hwm_kib)")
        line=$(measure startup-profile $realistic CASEDESK_READY_PROBE=1 --ready --timeout-s 60 -- "$bin/casedesk-dev")
        profile+=("$(echo "$line" | field ready_ms)")
        profile_mem+=("$(echo "$line" | field hwm_kib)")
    done
    local mb mf mp mo
    mb=$(printf '%s\n' "${bare[@]}" | median)
    mo=$(printf '%s\n' "${forms[@]}" | median)
    mf=$(printf '%s\n' "${fresh[@]}" | median)
    mp=$(printf '%s\n' "${profile[@]}" | median)
    # The target is against the same forms in a bare window; the one-label window stays a second reference.
    results[startup_profile]="$mp ms|≤ 1.25× forms|$mo ms (forms)|$(ratio "$mp" "$mo")|le:1.25"
    results[startup_fresh]="$mf ms|≤ 1.25× forms|$mo ms (forms)|$(ratio "$mf" "$mo")|le:1.25"
    results[startup_profile_bare]="$mp ms|(reference)|$mb ms (one label)|$(ratio "$mp" "$mb")|none"
    results[startup_forms_bare]="$mo ms|(reference)|$mb ms (one label)|$(ratio "$mo" "$mb")|none"
    notes[startup]="runs (ms): one-label window ${bare[*]}; forms window ${forms[*]}; first start ${fresh[*]}; with history ${profile[*]}"
    # What the window's start-up adds to the forms: main.cpp's steps timed one by one, with history.
    local steps_out=$work/startup-steps.out name
    : >"$steps_out"
    for i in $(seq "$RUNS"); do
        mkdir -p -m 700 "$work/runtime-steps-$i"
        env $realistic XDG_RUNTIME_DIR="$work/runtime-steps-$i" "$bin/casedesk-bench-startupsteps" \
            >>"$steps_out" 2>>"$work/logs/startup-steps.log" || true
        rm -rf "$work/runtime-steps-$i"
    done
    local steps_note=""
    for name in $(sed -n 's/^step=\([^ ]*\) .*/\1/p' "$steps_out" | awk '!seen[$0]++'); do
        steps_note+="$name $(sed -n "s/^step=$name ms=//p" "$steps_out" | median); "
    done
    notes[startup_steps]="medians of $RUNS runs (ms), with history: ${steps_note}total $(sed -n 's/^total_ms=//p' "$steps_out" | median)"
    local kb kf kp
    kb=$(printf '%s\n' "${bare_mem[@]}" | median)
    kf=$(printf '%s\n' "${fresh_mem[@]}" | median)
    kp=$(printf '%s\n' "${profile_mem[@]}" | median)
    idle_window_kib=$kp
    results[memory_idle]="$(calc "$kp / 1024") MiB|≤ bare + 30 MiB|$(calc "$kb / 1024") MiB|+$(calc "($kp - $kb) / 1024") MiB|delta:30:$(calc "($kp - $kb) / 1024")"
    results[memory_idle_fresh]="$(calc "$kf / 1024") MiB|≤ bare + 30 MiB|$(calc "$kb / 1024") MiB|+$(calc "($kf - $kb) / 1024") MiB|delta:30:$(calc "($kf - $kb) / 1024")"
}

# ------------------------------------------------------------------------------------------- upload

# The same update as curl -F and as casedesk-cli arguments; $1 is the server URL.
curl_upload_args() {
    echo curl -sS -o /dev/null -w '%{http_code}' -H @"$work/token-header" \
        -F "operation=$OPERATION" -F "wolkvox-id=6074aaa0801374bbbbb781025ccc7d3" -F "case-type=Request" \
        -F "responsible=$RESPONSIBLE" -F "status=open" -F "priority=low" -F "form={}" \
        -F "file=@$big;type=video/mp4" "$1/server/API/v2/cases/update.php"
}
cli_update_args() {
    echo "$bin/casedesk-cli-dev" update --server "$1" --operation "$OPERATION" \
        --id 6074aaa0801374bbbbb781025ccc7d3 --case-type Request --responsible "$RESPONSIBLE" --status open \
        --priority low --timeout 600
}

bench_upload() {
    log "Upload of $UPLOAD_MIB MiB: casedesk-cli vs curl -F, to the simulator and to nginx ($RUNS runs, interleaved)"
    local server url line ok=1
    declare -A wall
    local cli_mem=() small_mem=() cli_stall=()
    for i in $(seq "$RUNS"); do
        for server in nginx sim; do
            [ $server = nginx ] && url=$nginx_url || url=$sim_url
            # (No spaces in the scratch path, so word splitting of the echoed arguments is safe.)
            line=$(measure upload-curl-$server --stdout "$work/curl.code" -- $(curl_upload_args "$url"))
            [ "$(cat "$work/curl.code")" = 200 ] || ok=0
            wall[curl-$server]+="$(echo "$line" | field wall_ms) "
            line=$(CASEDESK_STALL_PROBE=1 measure upload-cli-$server --stdout "$work/cli.json" -- \
                $(cli_update_args "$url") --file "$big")
            grep -q '"outcome":"success"' "$work/cli.json" || ok=0
            wall[cli-$server]+="$(echo "$line" | field wall_ms) "
            if [ $server = sim ]; then
                cli_mem+=("$(echo "$line" | field maxrss_kib)")
                cli_stall+=("$(echo "$line" | field stall_ms)")
            fi
        done
        # The same CLI call without an attachment: what the upload adds to memory.
        line=$(measure update-small --stdout /dev/null -- $(cli_update_args "$sim_url"))
        small_mem+=("$(echo "$line" | field maxrss_kib)")
    done
    [ $ok = 1 ] || notes[upload]="some uploads did not succeed: see $work/logs"
    for server in nginx sim; do
        local c q
        c=$(echo "${wall[curl-$server]}" | tr ' ' '\n' | grep . | median)
        q=$(echo "${wall[cli-$server]}" | tr ' ' '\n' | grep . | median)
        local mibs_c mibs_q
        mibs_c=$(calc "$UPLOAD_MIB / ($c / 1000)")
        mibs_q=$(calc "$UPLOAD_MIB / ($q / 1000)")
        results[upload_$server]="$mibs_q MiB/s|≥ 0.9× curl|$mibs_c MiB/s|$(ratio "$mibs_q" "$mibs_c")|ge:0.9"
        notes[upload_$server]="wall ms: curl ${wall[curl-$server]}; casedesk-cli ${wall[cli-$server]}"
    done
    # nginx logs request_time once the whole body is read: it shows both clients sent everything.
    notes[nginx]="nginx request_time (s) per upload: $(awk '$3 == 200 && $2 > 0.05 { printf "%s ", $2 }' "$work/nginx/access.log")"
    local m s
    m=$(printf '%s\n' "${cli_mem[@]}" | median)
    s=$(printf '%s\n' "${small_mem[@]}" | median)
    results[memory_upload_cli]="$(calc "$m / 1024") MiB|< +32 MiB|$(calc "$s / 1024") MiB|+$(calc "($m - $s) / 1024") MiB|delta:32:$(calc "($m - $s) / 1024")"
    results[stall_upload_cli]="$(printf '%s\n' "${cli_stall[@]}" | median) ms|< 20 ms|-|-|lt:20"

    # The window, driven by its test hooks: fills the form with the attachment, presses Update, closes
    # after the answer. Peak memory over the whole run against the idle window; the stall probe
    # measures from the press of Update to the answer.
    local win_mem=() win_stall=() win_wall=()
    for i in $(seq "$RUNS"); do
        cat >"$work/script.json" <<EOF
{"form": {"server": "$sim_url", "operation": "$OPERATION", "wolkvox_id": "6074aaa0801374bbbbb781025ccc7d3",
          "case_type": "Request", "responsible": "$RESPONSIBLE", "status": "open", "priority": "low",
          "attachments": ["$big"]},
 "send": true}
EOF
        line=$(measure upload-window $(profile_env window-upload-$i) CASEDESK_TEST_SCRIPT="$work/script.json" \
            CASEDESK_TEST_DUMP="$work/dump.json" CASEDESK_STALL_PROBE=1 \
            -- "$bin/casedesk-dev" --server "$sim_url" --operation "$OPERATION")
        grep -q '"outcome": *"success"' "$work/dump.json" 2>/dev/null || notes[upload_window]="the window's upload did not succeed: see $work/logs/upload-window.log"
        win_mem+=("$(echo "$line" | field maxrss_kib)")
        win_stall+=("$(echo "$line" | field stall_ms)")
        win_wall+=("$(echo "$line" | field wall_ms)")
    done
    m=$(printf '%s\n' "${win_mem[@]}" | median)
    results[memory_upload_window]="$(calc "$m / 1024") MiB|< +32 MiB|$(calc "${idle_window_kib:-$m} / 1024") MiB|+$(calc "($m - ${idle_window_kib:-$m}) / 1024") MiB|delta:32:$(calc "($m - ${idle_window_kib:-$m}) / 1024")"
    results[stall_upload_window]="$(printf '%s\n' "${win_stall[@]}" | median) ms|< 20 ms|-|-|lt:20"
    notes[upload_window]="${notes[upload_window]:-}window runs: stall ms ${win_stall[*]}; wall ms ${win_wall[*]}"
}

# ------------------------------------------------------------------------------------ batch (round trip, bulk)

has_batch() { "$bin/casedesk-cli-dev" --help 2>&1 | grep -qE '^ +batch '; }

# CSV of $1 rows for casedesk-cli batch, and the same requests as a curl config ($2: file prefix).
# Every row updates its own case (the simulator accepts unknown ids); the CSV's columns are the wire names.
make_rows() {
    local rows=$1 prefix=$2
    {
        echo "wolkvox-id,case-type,responsible,status,priority,solution"
        for i in $(seq "$rows"); do
            printf '6074b%026x,Request,%s,closed,medium,Replaced the router (%d)\n' "$i" "$RESPONSIBLE" "$i"
        done
    } >"$prefix.csv"
}
# curl config for rows [first, last] of $1.csv against $2, one transfer each, joined with "next".
curl_config() {
    local prefix=$1 url=$2 first=$3 last=$4
    awk -F, -v url="$url/server/API/v2/cases/update.php" -v op="$OPERATION" -v first="$first" -v last="$last" \
        -v token="$TOKEN" '
        NR == 1 { next }
        NR - 1 < first || NR - 1 > last { next }
        {
            if (n++) print "next"
            print "url = \"" url "\""
            print "header = \"Wolkvox-Token: " token "\""
            print "output = \"/dev/null\""
            print "write-out = \"%{http_code}\\n\""
            print "silent"
            print "form-string = \"operation=" op "\""
            print "form-string = \"wolkvox-id=" $1 "\""
            print "form-string = \"case-type=" $2 "\""
            print "form-string = \"responsible=" $3 "\""
            print "form-string = \"status=" $4 "\""
            print "form-string = \"priority=" $5 "\""
            print "form-string = \"solution=" $6 "\""
            print "form-string = \"form={}\""
        }' "$prefix.csv"
}

bench_roundtrip() {
    log "Round trip: $ROUNDTRIP_ROWS sequential updates, one process each side"
    make_rows "$ROUNDTRIP_ROWS" "$work/roundtrip"
    curl_config "$work/roundtrip" "$sim_url" 1 "$ROUNDTRIP_ROWS" >"$work/roundtrip.curl"
    # Over HTTPS: "next" resets curl's options, so every transfer names the CA.
    curl_config "$work/roundtrip" "$tls_sim_url" 1 "$ROUNDTRIP_ROWS" \
        | sed "/^url = /a cacert = \"$tls_ca\"" >"$work/roundtrip-tls.curl"
    local curl_ms=() cli_ms=() client_ms=() tls_curl_ms=() tls_cli_ms=() line batch=0
    has_batch && batch=1
    for i in $(seq "$RUNS"); do
        line=$(measure roundtrip-curl --stdout "$work/roundtrip.codes" -- curl -K "$work/roundtrip.curl")
        [ "$(grep -c '^200$' "$work/roundtrip.codes")" = "$ROUNDTRIP_ROWS" ] || notes[roundtrip]="curl: not every update succeeded. "
        curl_ms+=("$(echo "$line" | field wall_ms)")
        # The same requests through the core's client alone, nothing stored: the network path's share.
        line=$(measure roundtrip-client --stdout /dev/null -- "$bin/casedesk-bench-client" "$work/roundtrip.csv" \
            --server "$sim_url" --operation "$OPERATION" --concurrency 1)
        [ "$(echo "$line" | field exit)" = 0 ] || notes[roundtrip]+="casedesk-bench-client exited $(echo "$line" | field exit). "
        client_ms+=("$(echo "$line" | field wall_ms)")
        if [ $batch = 1 ]; then
            # A profile of its own each run: casedesk-cli refuses to send a file it already sent.
            line=$(measure roundtrip-cli $(profile_env roundtrip-$i) --stdout /dev/null -- "$bin/casedesk-cli-dev" batch "$work/roundtrip.csv" \
                --server "$sim_url" --operation "$OPERATION" --concurrency 1 --results "$work/roundtrip-results.csv")
            [ "$(echo "$line" | field exit)" = 0 ] || notes[roundtrip]+="casedesk-cli batch exited $(echo "$line" | field exit). "
            cli_ms+=("$(echo "$line" | field wall_ms)")
            line=$(measure roundtrip-tls-curl --stdout "$work/roundtrip-tls.codes" -- curl -K "$work/roundtrip-tls.curl")
            [ "$(grep -c '^200$' "$work/roundtrip-tls.codes")" = "$ROUNDTRIP_ROWS" ] || notes[roundtrip]+="curl over HTTPS: not every update succeeded. "
            tls_curl_ms+=("$(echo "$line" | field wall_ms)")
            line=$(measure roundtrip-tls-cli $(profile_env roundtrip-tls-$i) --stdout /dev/null -- "$bin/casedesk-cli-dev" batch \
                "$work/roundtrip.csv" --server "$tls_sim_url" --operation "$OPERATION" --concurrency 1 \
                --ca-bundle "$tls_ca" --results "$work/roundtrip-tls-results.csv")
            [ "$(echo "$line" | field exit)" = 0 ] || notes[roundtrip]+="casedesk-cli batch over HTTPS exited $(echo "$line" | field exit). "
            tls_cli_ms+=("$(echo "$line" | field wall_ms)")
        fi
    done
    local c
    c=$(printf '%s\n' "${curl_ms[@]}" | median)
    local curl_rate
    curl_rate=$(calc "$ROUNDTRIP_ROWS / ($c / 1000)")
    local k client_rate
    k=$(printf '%s\n' "${client_ms[@]}" | median)
    client_rate=$(calc "$ROUNDTRIP_ROWS / ($k / 1000)")
    results[roundtrip_client]="$client_rate updates/s|(reference)|$curl_rate updates/s|$(ratio "$client_rate" "$curl_rate")|none"
    if [ $batch = 1 ]; then
        local q
        q=$(printf '%s\n' "${cli_ms[@]}" | median)
        local cli_rate
        cli_rate=$(calc "$ROUNDTRIP_ROWS / ($q / 1000)")
        results[roundtrip]="$cli_rate updates/s|≥ curl|$curl_rate updates/s|$(ratio "$cli_rate" "$curl_rate")|ge:1.0"
        local tc tq tls_curl_rate tls_cli_rate
        tc=$(printf '%s\n' "${tls_curl_ms[@]}" | median)
        tq=$(printf '%s\n' "${tls_cli_ms[@]}" | median)
        tls_curl_rate=$(calc "$ROUNDTRIP_ROWS / ($tc / 1000)")
        tls_cli_rate=$(calc "$ROUNDTRIP_ROWS / ($tq / 1000)")
        results[roundtrip_tls]="$tls_cli_rate updates/s|(reference)|$tls_curl_rate updates/s|$(ratio "$tls_cli_rate" "$tls_curl_rate")|none"
    else
        results[roundtrip]="not measured: needs casedesk-cli batch|≥ curl|$curl_rate updates/s|-|none"
    fi
}

bench_bulk() {
    log "Bulk: $BULK_ROWS updates at concurrency $CONCURRENCY"
    make_rows "$BULK_ROWS" "$work/bulk"
    curl_config "$work/bulk" "$sim_url" 1 "$BULK_ROWS" >"$work/bulk.curl"
    local curl_ms=() cli_ms=() cli_stall=() line batch=0
    has_batch && batch=1
    for i in $(seq "$RUNS"); do
        # curl's own parallel mode: one process, at most two transfers at a time, connections reused.
        line=$(measure bulk-curl --stdout "$work/bulk.codes" -- curl --parallel --parallel-max "$CONCURRENCY" \
            -K "$work/bulk.curl")
        [ "$(grep -c '^200$' "$work/bulk.codes")" = "$BULK_ROWS" ] || notes[bulk]="curl: not every update succeeded ($(sort "$work/bulk.codes" | uniq -c | tr '\n' ' ')). "
        curl_ms+=("$(echo "$line" | field wall_ms)")
        if [ $batch = 1 ]; then
            line=$(CASEDESK_STALL_PROBE=1 measure bulk-cli $(profile_env bulk-$i) --stdout /dev/null -- "$bin/casedesk-cli-dev" batch \
                "$work/bulk.csv" --server "$sim_url" --operation "$OPERATION" --concurrency "$CONCURRENCY" \
                --results "$work/bulk-results.csv")
            [ "$(echo "$line" | field exit)" = 0 ] || notes[bulk]+="casedesk-cli batch exited $(echo "$line" | field exit). "
            cli_ms+=("$(echo "$line" | field wall_ms)")
            cli_stall+=("$(echo "$line" | field stall_ms)")
        fi
    done
    local c per_curl
    c=$(printf '%s\n' "${curl_ms[@]}" | median)
    per_curl=$(calc "$c / $BULK_ROWS")
    if [ $batch = 1 ]; then
        local q per_cli
        q=$(printf '%s\n' "${cli_ms[@]}" | median)
        per_cli=$(calc "$q / $BULK_ROWS")
        results[bulk]="$per_cli ms/row|≤ curl|$per_curl ms/row|$(ratio "$per_cli" "$per_curl")|le:1.0"
        results[stall_batch_cli]="$(printf '%s\n' "${cli_stall[@]}" | median) ms|< 20 ms|-|-|lt:20"
    else
        results[bulk]="not measured: needs casedesk-cli batch|≤ curl|$per_curl ms/row|-|none"
        results[stall_batch_cli]="not measured: needs casedesk-cli batch|< 20 ms|-|-|none"
    fi
    # The bulk-correction window, driven by its test hooks: opens the same CSV, presses Start 300 ms later,
    # sends it at concurrency 2 and closes when the batch is over; the stall probe runs from the press of
    # Start to the end.
    local win_stall=() win_ms=()
    for i in $(seq "$RUNS"); do
        echo "{\"batch\": {\"file\": \"$work/bulk.csv\", \"send\": true, \"quit\": true}}" >"$work/batch-script.json"
        rm -f "$work/batch-dump.json"
        line=$(measure bulk-window $(profile_env window-batch-$i) CASEDESK_TEST_SCRIPT="$work/batch-script.json" \
            CASEDESK_TEST_DUMP="$work/batch-dump.json" CASEDESK_STALL_PROBE=1 \
            -- "$bin/casedesk-dev" --server "$sim_url" --operation "$OPERATION")
        grep -q '"batchFinished": *"completed"' "$work/batch-dump.json" 2>/dev/null \
            || notes[bulk_window]="the window's batch did not complete: see $work/logs/bulk-window.log. "
        win_stall+=("$(echo "$line" | field stall_ms)")
        win_ms+=("$(echo "$line" | field wall_ms)")
    done
    results[stall_batch_window]="$(printf '%s\n' "${win_stall[@]}" | median) ms|< 20 ms|-|-|lt:20"
    notes[bulk_window]="${notes[bulk_window]:-}window runs ($BULK_ROWS rows, start to close): stall ms ${win_stall[*]}; wall ms ${win_ms[*]}"
}

# ------------------------------------------------------------------------------------------- history

bench_history() {
    log "History: open the pane on $HISTORY_ROWS attempts and apply filters ($RUNS runs)"
    "$bin/casedesk-bench-history" --rows "$HISTORY_ROWS" --runs "$RUNS" >"$work/history.out" 2>"$work/logs/history.log" \
        || { notes[history]="casedesk-bench-history failed: see $work/logs/history.log"; return; }
    local name value rows
    while read -r line; do
        name=$(echo "$line" | field case)
        value=$(echo "$line" | field median_ms)
        rows=$(echo "$line" | field rows)
        results[history_$name]="$value ms|< 100 ms|$rows rows|-|lt:100"
    done < <(grep '^case=' "$work/history.out")
    notes[history]="$(grep '^generated' "$work/history.out"); per run: $(grep '^case=' "$work/history.out" | sed 's/.*case=\([^ ]*\).*runs_ms=\(.*\)/\1 \2/' | tr '\n' ';')"
}

# ------------------------------------------------------------------------------------------- report

verdict() { # value spec
    local value=${1%% *} spec=$2
    case $spec in
    none) echo "-" ;;
    le:*) [ "$3" != "-" ] && awk -v r="$3" -v t="${spec#le:}" 'BEGIN { print (r <= t ? "PASS" : "MISS") }' || echo "-" ;;
    ge:*) [ "$3" != "-" ] && awk -v r="$3" -v t="${spec#ge:}" 'BEGIN { print (r >= t ? "PASS" : "MISS") }' || echo "-" ;;
    lt:*) awk -v v="$value" -v t="${spec#lt:}" 'BEGIN { if (v == "-" || v == "") print "-"; else print (v < t ? "PASS" : "MISS") }' ;;
    delta:*)
        local rest=${spec#delta:}
        awk -v d="${rest#*:}" -v t="${rest%%:*}" 'BEGIN { print (d < t ? "PASS" : "MISS") }'
        ;;
    esac
}

declare -A labels=(
    [startup_profile]="Start-up to shown and idle, profile with history"
    [startup_fresh]="Start-up to shown and idle, first start"
    [startup_profile_bare]="Start-up with history, against the one-label window"
    [startup_forms_bare]="Start-up of the forms window, against the one-label window"
    [memory_idle]="Peak RSS idle, window open (profile with history)"
    [memory_idle_fresh]="Peak RSS idle, window open (first start)"
    [upload_sim]="Upload throughput to the simulator, casedesk-cli"
    [upload_nginx]="Upload throughput to nginx, casedesk-cli"
    [memory_upload_cli]="Peak RSS, casedesk-cli uploading (vs a small update)"
    [memory_upload_window]="Peak RSS, window uploading (vs the idle window)"
    [roundtrip]="Round trip, sequential updates, one process"
    [roundtrip_client]="Round trip, the same through CasesClient alone, nothing stored"
    [roundtrip_tls]="Round trip, the same over HTTPS (the CRM's scheme), casedesk-cli and curl"
    [bulk]="Bulk batch at concurrency 2, time per row"
    [history_open]="History: open the pane"
    [history_search_case_id]="History: search a case id"
    [history_search_person]="History: search a responsible"
    [history_search_operation]="History: search an operation (broad)"
    [history_search_broad]="History: search the CRM message (broad)"
    [history_search_two_chars]="History: search two characters"
    [history_search_no_match]="History: search with no match"
    [history_filter_outcome]="History: filter by outcome"
    [stall_upload_cli]="Longest event-loop stall, casedesk-cli uploading"
    [stall_upload_window]="Longest event-loop stall, window uploading"
    [stall_batch_cli]="Longest event-loop stall, casedesk-cli batch"
    [stall_batch_window]="Longest event-loop stall, bulk-correction window sending"
)
order=(startup_profile startup_fresh startup_profile_bare startup_forms_bare memory_idle memory_idle_fresh upload_nginx upload_sim memory_upload_cli
    memory_upload_window roundtrip roundtrip_client roundtrip_tls bulk history_open history_search_case_id history_search_person
    history_search_operation history_search_broad history_search_two_chars history_search_no_match
    history_filter_outcome stall_upload_cli stall_upload_window stall_batch_cli stall_batch_window)

report_table() {
    echo "| Case | Casedesk | Target | Reference | Ratio | Verdict |"
    echo "|---|---|---|---|---|---|"
    local key value target reference ratio_ spec
    for key in "${order[@]}"; do
        [ -n "${results[$key]:-}" ] || continue
        IFS='|' read -r value target reference ratio_ spec <<<"${results[$key]}"
        echo "| ${labels[$key]} | $value | $target | $reference | $ratio_ | $(verdict "$value" "$spec" "$ratio_") |"
    done
}

for case_ in ${BENCH_CASES:-startup history upload roundtrip bulk link}; do
    "bench_$case_"
done
machine_load_end=$(cut -d' ' -f1-3 /proc/loadavg)

table=$(report_table)
echo
echo "$table" | column -t -s '|'
echo
for key in "${!notes[@]}"; do echo "$key: ${notes[$key]}"; done | sort

cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)
cores=$(nproc)
ram=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
kernel=$(uname -r)
qt=$(dpkg-query -W -f '${Version}' libqt6core6 2>/dev/null || echo unknown)
curlv=$(curl --version | head -n 1 | cut -d' ' -f1-2)
nginxv=$(nginx -v 2>&1 | sed 's/.*: //')
os=$(. /etc/os-release && echo "$PRETTY_NAME")
when=$(date -u '+%Y-%m-%d %H:%M UTC')
commit=$(git -C "$CASEDESK_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)

out=$CASEDESK_ROOT/docs/PERFORMANCE.md
[ $quick -eq 1 ] || [ -n "${BENCH_CASES:-}" ] && out=$work/PERFORMANCE.md
# The hand-written part (what changed and by how much) is kept from the existing file.
changes=
if [ -f "$CASEDESK_ROOT/docs/PERFORMANCE.md" ]; then
    changes=$(sed -n '/^## What changed and by how much/,$p' "$CASEDESK_ROOT/docs/PERFORMANCE.md")
fi
{
    echo "# Performance"
    echo
    echo "Figures from \`bench/run.sh\`, written by it: medians of $RUNS runs, each measurement interleaved"
    echo "with its reference (a bare Qt Widgets window, curl) in the same run so machine load weighs on both."
    echo "Benchmarks print figures; the tests never time anything."
    echo
    echo "- Command: \`bench/run.sh${1:+ $*}\` (BENCH_RUNS=$RUNS, upload $UPLOAD_MIB MiB, history $HISTORY_ROWS attempts)"
    echo "- Commit: $commit, Release build, $when"
    echo "- Machine: $cpu, $cores cores, $ram RAM, kernel $kernel, $os"
    echo "- Qt $qt (Debian), $curlv, nginx $nginxv; the window under Xvfb (xcb), a private D-Bus session with"
    echo "  gnome-keyring unlocked"
    echo "- Load average (1, 5, 15 min) at the start: $machine_load_start; at the end: $machine_load_end"
    echo
    echo "$table"
    echo
    echo "## How each case is measured"
    echo
    echo "- **Start-up**: \`casedesk-bench-launch\` forks the program and waits for the line that"
    echo "  \`StartupProbe\` prints (\`CASEDESK_READY_PROBE=1\`) once the first expose of the main window was"
    echo "  handled (the first frame is painted and flushed then) and a zero-timeout timer after it fired (the"
    echo "  event loop is idle). The reference is \`casedesk-bench-formswindow\`: the forms of the first screen"
    echo "  (\`CASEDESK_FIRST_SCREEN_FORMS\` in bench/CMakeLists.txt: ui/mainwindow.ui, ui/historypane.ui),"
    echo "  compiled by uic with their promoted widgets as their base classes and set up in a bare QMainWindow"
    echo "  of the same size, no models, history, settings, keychain or single-instance check; the one-label"
    echo "  \`casedesk-bench-barewindow\` is a second reference row. All observed by the same probe. *First start*: an empty profile (the history file and"
    echo "  profiles are created). *Profile with history*: the same profile every run, holding $HISTORY_ROWS"
    echo "  attempts. One unmeasured warm-up run each. What main.cpp leaves until after the first frame (the"
    echo "  history file and its first page, the single-instance socket, the batch and draft offers) runs after"
    echo "  that line: \`casedesk-bench-startupsteps\` times it (its after_first_frame_ steps, Raw figures)."
    echo "- **Memory**: peak RSS (VmHWM) after the window sat idle for one second. Uploading: \`ru_maxrss\` of"
    echo "  the whole process (\`wait4\`); the CLI against the same call without an attachment, the window"
    echo "  (driven by its test hooks: form filled, Update pressed, closed after the answer) against the"
    echo "  idle window."
    echo "- **Upload throughput**: $UPLOAD_MIB MiB attachment (a real file of zeros, in the page cache),"
    echo "  \`casedesk-cli update --file\` against \`curl -F\` with the same fields, to the CRM simulator and to"
    echo "  nginx (\`return 200\` after discarding the body; its access log's request_time shows the whole"
    echo "  body was read). Wall time from fork to exit of each process."
    echo "- **Round trip**: $ROUNDTRIP_ROWS updates one after the other; curl in one process (\`-K\` config"
    echo "  of transfers joined by \`next\`, connection reused) against \`casedesk-cli batch --concurrency 1\`,"
    echo "  which stores every attempt and row before and after its request. For reference, the same requests"
    echo "  through \`CasesClient\` alone with nothing stored (\`casedesk-bench-client\`): the network path's share;"
    echo "  and both clients again over HTTPS, to a second simulator with a certificate from a private CA that"
    echo "  both are given (curl's \`cacert\`, \`casedesk-cli --ca-bundle\`)."
    echo "- **Link profiles** (\`bench/link.sh\`): a network namespace made by the script, whose loopback"
    echo "  carries the uplink's bandwidth (\`tc\` \`htb\` on what goes to the CRM's port; answers are not"
    echo "  shaped) and a simulator in it that adds the propagation delay itself (the kernel has no \`netem\`):"
    echo "  \`--link-delay-ms\` (RTT ÷ 2) before each API request is read and before its answer is sent (deadlines,"
    echo "  so the simulator's own work on a request comes out of them instead of adding to them), and"
    echo "  the round trips of TCP's and TLS 1.3's handshakes before a new connection is served;"
    echo "  \`--server-ms $LINK_SERVER_MS\` of CRM time per update. Every client runs in the namespace over HTTPS"
    echo "  with the bench's private CA. TCP's slow start over a real long link is not reproduced (loopback"
    echo "  acknowledges at once), alike for every client. $LINK_RUNS run(s) per case: link-bound figures vary"
    echo "  little. Cases: one \`casedesk-cli update --file\` with a $LINK_UPLOAD_MIB MiB attachment against"
    echo "  \`curl -F\`; $LINK_SEQUENTIAL sequential updates, \`casedesk-cli batch --concurrency 1\` against one curl"
    echo "  process with a \`-K\` config of transfers joined by \`next\` (curl's fairest run: one connection,"
    echo "  as the simulator's connection log shows, see Raw figures); a $LINK_BATCH-row \`casedesk-cli batch"
    echo "  --concurrency 2\` against the pipeline limit 2 ÷ (RTT + server time), curl \`--parallel-max 2\` beside"
    echo "  it; the first update of the day: \`casedesk-bench-client --each\` sends $FIRST_UPDATES updates one"
    echo "  after the other through \`CasesClient\`, timing each from \`updateCase()\` to its answer, after"
    echo "  1.5 s of \"typing\", with and without \`CasesClient::preconnect()\` at its start; and the same in"
    echo "  the real window on the 100 ms profile: \`casedesk-dev\` under Xvfb with \`UpdateProbe\`"
    echo "  (\`CASEDESK_UPDATE_PROBE=$FIRST_UPDATES\`) activates the window as the agent's click does (which"
    echo "  starts its \`keepWarm\`), then $FIRST_UPDATES times waits 1.5 s, fills a new case, presses Update and"
    echo "  times it to the banner shown; without pre-connection the window's \`keepWarm\` is switched off"
    echo "  (\`CASEDESK_UPDATE_PROBE_PRECONNECT=0\`). The profile has the private CA as its bundle and no"
    echo "  read before writing (\`checkCaseBeforeSending=false\`: one request per press); the connection"
    echo "  log shows how many connections the session's updates took."
    if [ -n "$link_note" ]; then
        echo "  **Link profiles $link_note.**"
    fi
    echo "- **Peers**: Postman's \`newman\` and Bruno's \`bru\` (\`@usebruno/cli\`), pinned in"
    echo "  \`bench/peers/package-lock.json\` and installed there by \`npm ci\`, run the same multipart update"
    echo "  on each link profile: one with the attachment (a one-row CSV), and the sequential updates from a"
    echo "  CSV (\`newman run -d\`, \`bru run --csv-file-path\`), token and operation from an environment file;"
    echo "  peak RSS over the sequential run; start-up is each tool's \`--version\` against"
    echo "  \`casedesk-cli --version\` (the runtime loaded, nothing sent), on loopback. What they cannot do:"
    echo "  neither runs a CSV at the CRM's concurrency of 2 (newman has no parallel runs; \`bru --parallel\`"
    echo "  starts every row at once and the CRM refuses the third), retries the CRM's busy or maintenance"
    echo "  answers with a growing wait, stops on the daily quota, or resumes a killed run without resending"
    echo "  what was sent; so the batch row is Casedesk's alone.${peers_note:+ **$peers_note.**}"
    echo "- **Bulk**: $BULK_ROWS rows at concurrency $CONCURRENCY against the simulator;"
    echo "  \`curl --parallel --parallel-max $CONCURRENCY\` against \`casedesk-cli batch --concurrency $CONCURRENCY\`."
    echo "- **History**: \`casedesk-bench-history\` generates $HISTORY_ROWS attempts, opens \`SqliteHistoryStore\`"
    echo "  and \`HistoryPane\` and applies each filter (text typed, then Enter), timing with QElapsedTimer up"
    echo "  to the end of the table's next repaint plus a zero-timeout timer."
    echo "- **Responsiveness**: \`StallProbe\` (\`CASEDESK_STALL_PROBE=1\`), a 5 ms precise timer in the"
    echo "  process's event loop; the figure is the longest gap beyond 5 ms. The window is measured from the"
    echo "  press of Update to the answer; the bulk-correction window (driven by the test hooks: the bulk"
    echo "  CSV opened and checked, Start pressed 300 ms later as a person would, sent at concurrency"
    echo "  $CONCURRENCY) from the press of Start to the end of the batch."
    echo
    if [ ${#notes[@]} -gt 0 ]; then
        echo "## Raw figures"
        echo
        for key in "${!notes[@]}"; do echo "- $key: ${notes[$key]}"; done | sort
        echo
    fi
    if [ -n "$changes" ]; then
        echo "$changes"
    fi
} >"$out"
log "Wrote $out"
