# Sourced by bench/run.sh: the cases over a real link, and the peers (newman, bru) beside curl.
#
# The link: a network namespace of the script's own whose loopback shapes what goes to the CRM with tc's
# htb (the uplink's bandwidth), and a simulator in it that adds the propagation delay itself
# (--link-delay-ms: one way per request, one per answer, and the handshakes' round trips on a new
# connection; the kernel here has no netem). Every client runs in the namespace, over HTTPS with the
# bench's private CA, against the same simulator. Answers and admin calls are not shaped.

LINK_SERVER_MS=${BENCH_SERVER_MS:-40} # the CRM's own time per request
# name|RTT ms|uplink Mbit/s
LINK_PROFILES=("100 ms RTT, 20 Mbit/s|100|20" "30 ms RTT, 100 Mbit/s|30|100")
if [ "$quick" -eq 1 ]; then
    LINK_UPLOAD_MIB=${BENCH_LINK_UPLOAD_MIB:-4}
    LINK_SEQUENTIAL=${BENCH_LINK_SEQUENTIAL:-20}
    LINK_BATCH=${BENCH_LINK_BATCH:-40}
else
    LINK_UPLOAD_MIB=${BENCH_LINK_UPLOAD_MIB:-50}
    LINK_SEQUENTIAL=${BENCH_LINK_SEQUENTIAL:-200}
    LINK_BATCH=${BENCH_LINK_BATCH:-500}
fi
LINK_RUNS=${BENCH_LINK_RUNS:-1} # link-bound figures vary little from run to run
# The batch's fraction of the pipeline limit sits within a few tenths of a percent of its target, about the
# spread between runs: the median of three, interleaved with curl's.
LINK_BATCH_RUNS=${BENCH_LINK_BATCH_RUNS:-3}
FIRST_UPDATES=10
link_ns=
link_note= # why the link cases were skipped, when they were

in_ns() { ip netns exec "$link_ns" "$@"; }

link_cleanup() {
    [ -n "$link_ns" ] && ip netns del "$link_ns" 2>/dev/null || true
}

# A namespace with its loopback up, or a clear reason why not.
link_setup() {
    local name=casedesk-bench-$$
    if ! command -v ip >/dev/null || ! command -v tc >/dev/null; then
        link_note="skipped: ip and tc (iproute2) are not installed"
        return 1
    fi
    if ! ip netns add "$name" 2>"$work/logs/netns.log"; then
        link_note="skipped: network namespaces are not allowed here ($(head -n 1 "$work/logs/netns.log"); needs root with CAP_SYS_ADMIN)"
        return 1
    fi
    link_ns=$name
    in_ns ip link set lo up
    # An Ethernet's frame size, so the shaper meters the uplink in real packets.
    in_ns ip link set lo mtu 1500
}

# Shapes what goes to port $1 to $2 Mbit/s; everything else (answers, admin calls) passes at once.
link_shape() {
    local port=$1 mbit=$2
    in_ns tc qdisc del dev lo root 2>/dev/null || true
    in_ns tc qdisc add dev lo root handle 1: htb default 1
    in_ns tc class add dev lo parent 1: classid 1:1 htb rate 10gbit quantum 60000
    in_ns tc class add dev lo parent 1: classid 1:2 htb rate "${mbit}mbit" ceil "${mbit}mbit" quantum 60000
    in_ns tc filter add dev lo parent 1: protocol ip prio 1 u32 match ip dport "$port" 0xffff flowid 1:2
}

# Starts the TLS simulator in the namespace with the profile's delay; sets link_url and link_port.
link_simulator() {
    local rtt=$1 label=$2
    # Not through in_ns: a function in the background is a subshell, and $! would not be the simulator.
    ip netns exec "$link_ns" "$bin/casedesk-crm-sim" --port 0 --accept-unknown-ids --daily-quota 1000000000 \
        --tls-cert "$work/tls/server.pem" --tls-key "$work/tls/server.key" \
        --link-delay-ms $((rtt / 2)) --server-ms "$LINK_SERVER_MS" --log "$work/logs/link-sim-$label.log" \
        >"$work/link-sim-$label.out" 2>"$work/link-sim-$label.err" &
    pids+=($!)
    link_sim_pid=$!
    wait_for_line "$work/link-sim-$label.out" 'listening on'
    link_url=$(grep -o 'https://[^ ]*' "$work/link-sim-$label.out")
    link_port=${link_url##*:}
}

link_admin() { # path [POST]
    in_ns curl -sS --cacert "$tls_ca" ${2:+-X "$2"} "$link_url$1"
}

# Connections that carried the API's requests since the last reset, and those requests: "N M".
link_connections() {
    link_admin /__sim/connections | python3 -c '
import json, sys
c = [x for x in json.load(sys.stdin)["connections"] if x["admin_requests"] == 0 and x["requests"] > 0]
print(len(c), sum(x["requests"] for x in c))'
}

# measure() inside the namespace. Arguments as for measure().
link_measure() {
    local label=$1
    shift
    local vars=()
    while [ $# -gt 0 ] && [[ $1 == [A-Z]*=* ]]; do
        vars+=("$1")
        shift
    done
    in_ns env "${vars[@]}" "$bin/casedesk-bench-launch" "$@" 2>>"$work/logs/$label.log" | tail -n 1
}

# ------------------------------------------------------------------------------------------------ the peers

peers_dir=$CASEDESK_ROOT/bench/peers
peers_ready=0
peers_note=

# newman and bru from bench/peers/package-lock.json, into bench/peers/node_modules (ignored by git).
peers_install() {
    command -v npm >/dev/null || install_packages npm
    if ! (cd "$peers_dir" && npm ci --no-audit --no-fund --ignore-scripts >"$work/logs/npm.log" 2>&1); then
        peers_note="newman and bru not installed (npm ci failed: $(tail -n 1 "$work/logs/npm.log"))"
        return 1
    fi
    newman=$peers_dir/node_modules/.bin/newman
    bru=$peers_dir/node_modules/.bin/bru
    peers_ready=1
}

# The peers' data: one CSV (their variables cannot hold a hyphen), a Postman collection and a Bruno one
# with the same multipart update, the attachment only in the upload's variant.
peers_write() {
    local dir=$work/peers
    mkdir -p "$dir/bruno" "$dir/bruno-upload"
    python3 - "$dir" "$OPERATION" "$big_link" <<'EOF'
import json, sys
dir, operation, attachment = sys.argv[1:4]
fields = [("operation", "{{operation}}"), ("wolkvox-id", "{{id}}"), ("case-type", "{{case_type}}"),
          ("responsible", "{{responsible}}"), ("status", "{{status}}"), ("priority", "{{priority}}"),
          ("solution", "{{solution}}"), ("form", "{}")]
def collection(upload):
    body = [{"key": k, "value": v, "type": "text"} for k, v in fields]
    if upload:
        body.append({"key": "file", "type": "file", "src": attachment})
    return {"info": {"name": "casedesk-bench", "schema":
                     "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": [{"name": "update", "request": {
                "method": "POST", "header": [{"key": "Wolkvox-Token", "value": "{{token}}"}],
                "body": {"mode": "formdata", "formdata": body},
                "url": "{{url}}/server/API/v2/cases/update.php"}}]}
for upload in (False, True):
    with open(f"{dir}/newman{'-upload' if upload else ''}.json", "w") as out:
        json.dump(collection(upload), out)
    folder = f"{dir}/bruno{'-upload' if upload else ''}"
    with open(f"{folder}/bruno.json", "w") as out:
        json.dump({"version": "1", "name": "casedesk-bench", "type": "collection"}, out)
    lines = ["meta {", "  name: update", "  type: http", "  seq: 1", "}", "", "post {",
             "  url: {{url}}/server/API/v2/cases/update.php", "  body: multipartForm", "  auth: none", "}", "",
             "headers {", "  Wolkvox-Token: {{token}}", "}", "", "body:multipart-form {"]
    lines += [f"  {k}: {v}" for k, v in fields]
    if upload:
        lines.append(f"  file: @file({attachment})")
    lines += ["}", ""]
    with open(f"{folder}/update.bru", "w") as out:
        out.write("\n".join(lines))
EOF
    # The environment the peers read the token from: a file, not their command line.
    printf '{"values": [{"key": "token", "value": "%s"}, {"key": "operation", "value": "%s"}]}\n' \
        "$TOKEN" "$OPERATION" >"$dir/newman-env.json"
    printf 'vars {\n  token: %s\n  operation: %s\n}\n' "$TOKEN" "$OPERATION" >"$dir/bench.bru"
    mkdir -p "$dir/bruno/environments" "$dir/bruno-upload/environments"
    cp "$dir/bench.bru" "$dir/bruno/environments/bench.bru"
    cp "$dir/bench.bru" "$dir/bruno-upload/environments/bench.bru"
}

# CSV of rows [1, $1] of $2.csv in the peers' column names.
peers_csv() {
    awk -F, 'NR == 1 { print "id,case_type,responsible,status,priority,solution"; next } NR - 1 <= n' n="$1" \
        "$2.csv" >"$3"
}

newman_args() { # collection data url
    echo "$newman" run "$1" ${2:+-d "$2"} -e "$work/peers/newman-env.json" --env-var "url=$3" \
        --ssl-extra-ca-certs "$tls_ca" --reporters cli --bail
}
bru_args() { # folder data url
    echo "$bru" run "$1" --env bench ${2:+--csv-file-path "$2"} --env-var "url=$3" --cacert "$tls_ca" --bail
}

# ------------------------------------------------------------------------------------------------ the cases

# Adds "label value unit" figures for one profile to results/notes under keys link_<n>_<case>.
bench_link_profile() {
    local n=$1 name=$2 rtt=$3 mbit=$4
    local label=link$n
    log "Link profile \"$name\": server time $LINK_SERVER_MS ms, $LINK_RUNS run(s) each, the batch $LINK_BATCH_RUNS"
    link_simulator "$rtt" "$label"
    link_shape "$link_port" "$mbit"
    local url=$link_url line
    local per_request_ms=$((rtt + LINK_SERVER_MS))
    declare -A t=() mem=() conns=()

    # One update with a large attachment.
    for i in $(seq "$LINK_RUNS"); do
        link_admin /__sim/reset POST >/dev/null
        line=$(link_measure $label-upload-curl --stdout "$work/curl.code" -- \
            $(curl_upload_args "$url" | sed "s|file=@$big;|file=@$big_link;|") --cacert "$tls_ca")
        [ "$(cat "$work/curl.code")" = 200 ] || notes[${label}_upload]+="curl's upload failed. "
        t[upload_curl]+="$(echo "$line" | field wall_ms) "
        line=$(link_measure $label-upload-cli --stdout "$work/cli.json" -- $(cli_update_args "$url") \
            --ca-bundle "$tls_ca" --file "$big_link")
        grep -q '"outcome":"success"' "$work/cli.json" || notes[${label}_upload]+="casedesk-cli's upload failed. "
        t[upload_cli]+="$(echo "$line" | field wall_ms) "
        mem[upload_cli]+="$(echo "$line" | field maxrss_kib) "
        if [ $peers_ready = 1 ]; then
            line=$(link_measure $label-upload-newman --stdout "$work/logs/$label-upload-newman.out" -- \
                $(newman_args "$work/peers/newman-upload.json" "$work/peers/one.csv" "$url"))
            [ "$(echo "$line" | field exit)" = 0 ] || notes[${label}_upload]+="newman's upload failed (exit $(echo "$line" | field exit)). "
            t[upload_newman]+="$(echo "$line" | field wall_ms) "
            mem[upload_newman]+="$(echo "$line" | field maxrss_kib) "
            line=$(cd "$work/peers/bruno-upload" && link_measure $label-upload-bru --stdout "$work/logs/$label-upload-bru.out" -- \
                $(bru_args . "$work/peers/one.csv" "$url"))
            [ "$(echo "$line" | field exit)" = 0 ] || notes[${label}_upload]+="bru's upload failed (exit $(echo "$line" | field exit)). "
            t[upload_bru]+="$(echo "$line" | field wall_ms) "
            mem[upload_bru]+="$(echo "$line" | field maxrss_kib) "
        fi
    done

    # Sequential small updates, one process each side. curl: one process, a config of transfers joined
    # by "next" (each names the CA again: "next" resets options); the connection log shows its reuse.
    make_rows "$LINK_SEQUENTIAL" "$work/$label-seq"
    curl_config "$work/$label-seq" "$url" 1 "$LINK_SEQUENTIAL" | sed "/^url = /a cacert = \"$tls_ca\"" \
        >"$work/$label-seq.curl"
    peers_csv "$LINK_SEQUENTIAL" "$work/$label-seq" "$work/peers/$label-seq.csv"
    local client
    for i in $(seq "$LINK_RUNS"); do
        for client in curl cli newman bru; do
            [ $peers_ready = 1 ] || [ $client = curl ] || [ $client = cli ] || continue
            link_admin /__sim/reset POST >/dev/null
            case $client in
            curl) line=$(link_measure $label-seq-curl --stdout "$work/$label-seq.codes" -- curl -K "$work/$label-seq.curl")
                [ "$(grep -c '^200$' "$work/$label-seq.codes")" = "$LINK_SEQUENTIAL" ] || notes[${label}_seq]+="curl: not every update succeeded. " ;;
            cli) line=$(link_measure $label-seq-cli $(profile_env $label-seq-$i) --stdout /dev/null -- "$bin/casedesk-cli-dev" batch \
                    "$work/$label-seq.csv" --server "$url" --operation "$OPERATION" --concurrency 1 --ca-bundle "$tls_ca" \
                    --results "$work/$label-seq-results.csv") ;;
            newman) line=$(link_measure $label-seq-newman --stdout "$work/logs/$label-seq-newman.out" -- \
                    $(newman_args "$work/peers/newman.json" "$work/peers/$label-seq.csv" "$url")) ;;
            bru) line=$(cd "$work/peers/bruno" && link_measure $label-seq-bru --stdout "$work/logs/$label-seq-bru.out" -- \
                    $(bru_args . "$work/peers/$label-seq.csv" "$url")) ;;
            esac
            [ "$(echo "$line" | field exit)" = 0 ] || notes[${label}_seq]+="$client exited $(echo "$line" | field exit). "
            t[seq_$client]+="$(echo "$line" | field wall_ms) "
            mem[seq_$client]+="$(echo "$line" | field maxrss_kib) "
            conns[seq_$client]=$(link_connections)
        done
    done

    # A batch at the CRM's pace: two in flight. curl --parallel-max 2 beside it for reference.
    make_rows "$LINK_BATCH" "$work/$label-batch"
    curl_config "$work/$label-batch" "$url" 1 "$LINK_BATCH" | sed "/^url = /a cacert = \"$tls_ca\"" \
        >"$work/$label-batch.curl"
    for i in $(seq "$LINK_BATCH_RUNS"); do
        link_admin /__sim/reset POST >/dev/null
        line=$(link_measure $label-batch-cli $(profile_env $label-batch-$i) --stdout /dev/null -- "$bin/casedesk-cli-dev" batch \
            "$work/$label-batch.csv" --server "$url" --operation "$OPERATION" --concurrency 2 --ca-bundle "$tls_ca" \
            --results "$work/$label-batch-results.csv")
        [ "$(echo "$line" | field exit)" = 0 ] || notes[${label}_batch]+="casedesk-cli batch exited $(echo "$line" | field exit). "
        t[batch_cli]+="$(echo "$line" | field wall_ms) "
        conns[batch_cli]=$(link_connections)
        link_admin /__sim/reset POST >/dev/null
        line=$(link_measure $label-batch-curl --stdout "$work/$label-batch.codes" -- curl --parallel --parallel-max 2 \
            -K "$work/$label-batch.curl")
        [ "$(grep -c '^200$' "$work/$label-batch.codes")" = "$LINK_BATCH" ] || notes[${label}_batch]+="curl: not every update succeeded ($(sort "$work/$label-batch.codes" | uniq -c | tr '\n' ' ')). "
        t[batch_curl]+="$(echo "$line" | field wall_ms) "
        conns[batch_curl]=$(link_connections)
    done

    # The first update of the day against the tenth, through CasesClient, with and without opening the
    # connection while the agent types.
    make_rows "$FIRST_UPDATES" "$work/$label-first"
    local mode
    declare -A firsts=() tenths=()
    for i in $(seq "$LINK_RUNS"); do
        for mode in cold preconnect; do
            local extra=()
            [ $mode = preconnect ] && extra=(--preconnect)
            line=$(in_ns env WOLKVOX_TOKEN="$TOKEN" "$bin/casedesk-bench-client" "$work/$label-first.csv" --server "$url" \
                --operation "$OPERATION" --ca-bundle "$tls_ca" --each "${extra[@]}" 2>>"$work/logs/$label-first.log" \
                | tail -n 1)
            local each
            each=$(echo "$line" | field each_ms)
            firsts[$mode]+="$(echo "$each" | cut -d, -f1) "
            tenths[$mode]+="$(echo "$each" | cut -d, -f"$FIRST_UPDATES") "
            notes[${label}_first_$mode]="ms per update, last run: $each"
        done
    done

    # The same in the real window (casedesk-dev under Xvfb, UpdateProbe): the press of Update to its banner
    # for the first and the tenth update of a session, with the window's pre-connection (keepWarm, on the
    # window's activation) and without it. On the 100 ms profile only. The connection log shows how many
    # connections the session's updates took.
    if [ "$rtt" = 100 ]; then
        declare -A wfirsts=() wtenths=() wconns=()
        for i in $(seq "$LINK_RUNS"); do
            for mode in cold preconnect; do
                local home
                home=$(profile_env $label-window-$mode-$i | field HOME)
                mkdir -p "$home/.config/Casedesk"
                # The bench's CA; no read before writing, so each press is one update, as in the client case.
                printf '[connection]\ncaBundle=%s\ncheckCaseBeforeSending=false\n' "$tls_ca" \
                    >"$home/.config/Casedesk/Casedesk.conf"
                link_admin /__sim/reset POST >/dev/null
                in_ns env $(profile_env $label-window-$mode-$i) WOLKVOX_TOKEN="$TOKEN" \
                    CASEDESK_UPDATE_PROBE="$FIRST_UPDATES" CASEDESK_UPDATE_PROBE_PRECONNECT=$([ $mode = cold ] && echo 0 || echo 1) \
                    timeout 120 "$bin/casedesk-dev" --server "$url" --operation "$OPERATION" \
                    >/dev/null 2>"$work/logs/$label-window-$mode.log" ||
                    notes[${label}_window_$mode]+="casedesk-dev exited $? ($(grep -v '^casedesk-update' "$work/logs/$label-window-$mode.log" | tail -n 1)). "
                local each
                each=$(sed -n 's/^casedesk-updates: each_ms=//p' "$work/logs/$label-window-$mode.log")
                wfirsts[$mode]+="$(echo "$each" | cut -d, -f1) "
                wtenths[$mode]+="$(echo "$each" | cut -d, -f"$FIRST_UPDATES") "
                wconns[$mode]=$(link_connections)
                notes[${label}_window_$mode]+="ms per update, last run: $each; connections (count, requests): ${wconns[$mode]}"
            done
        done
    fi

    kill "$link_sim_pid" 2>/dev/null || true
    wait "$link_sim_pid" 2>/dev/null || true

    # Figures: medians over the runs.
    local m c q r
    med() { echo "$1" | tr ' ' '\n' | grep . | median; }
    c=$(med "${t[upload_curl]}")
    q=$(med "${t[upload_cli]}")
    results[${label}_upload]="$(calc "$q / 1000") s|≤ 1.05× curl|$(calc "$c / 1000") s (curl)|$(ratio "$q" "$c")|le:1.05"
    c=$(med "${t[seq_curl]}")
    q=$(med "${t[seq_cli]}")
    local rate_c rate_q
    rate_c=$(calc "$LINK_SEQUENTIAL / ($c / 1000)")
    rate_q=$(calc "$LINK_SEQUENTIAL / ($q / 1000)")
    results[${label}_seq]="$rate_q updates/s|≥ 0.95× curl|$rate_c updates/s (curl)|$(ratio "$rate_q" "$rate_c")|ge:0.95"
    notes[${label}_seq]+="connections (count, requests): curl ${conns[seq_curl]:-?}; casedesk-cli ${conns[seq_cli]:-?}; newman ${conns[seq_newman]:--}; bru ${conns[seq_bru]:--}. wall ms: curl ${t[seq_curl]}; cli ${t[seq_cli]}"
    q=$(med "${t[batch_cli]}")
    c=$(med "${t[batch_curl]}")
    local limit rate_b rate_bc
    limit=$(awk -v p="$per_request_ms" 'BEGIN { printf "%.2f", 2000 / p }')
    rate_b=$(calc "$LINK_BATCH / ($q / 1000)")
    rate_bc=$(calc "$LINK_BATCH / ($c / 1000)")
    # The fraction from the unrounded rate and limit: wall time against the ideal pipeline.
    local fraction
    fraction=$(ratio "$(awk -v n="$LINK_BATCH" -v p="$per_request_ms" 'BEGIN { printf "%.6f", n / 2 * p }')" "$q")
    results[${label}_batch]="$rate_b rows/s|≥ 0.95 × 2 ÷ ($rtt + $LINK_SERVER_MS ms) = $(calc "0.95 * $limit") rows/s|$limit rows/s (limit); curl $rate_bc ($(ratio "$(awk -v n="$LINK_BATCH" -v p="$per_request_ms" 'BEGIN { printf "%.6f", n / 2 * p }')" "$c"))|$fraction|ge:0.95"
    notes[${label}_batch]+="connections (count, requests): casedesk-cli ${conns[batch_cli]:-?}; curl ${conns[batch_curl]:-?}. wall ms: cli ${t[batch_cli]}; curl ${t[batch_curl]}"
    local fc tc fp tp
    fc=$(med "${firsts[cold]}")
    tc=$(med "${tenths[cold]}")
    fp=$(med "${firsts[preconnect]}")
    tp=$(med "${tenths[preconnect]}")
    results[${label}_first_cold]="$fc ms|(reference)|$tc ms (tenth)|$(ratio "$fc" "$tc")|none"
    results[${label}_first_pre]="$fp ms|≤ 1.1× the tenth|$tp ms (tenth)|$(ratio "$fp" "$tp")|le:1.1"
    if [ "$rtt" = 100 ]; then
        fc=$(med "${wfirsts[cold]}")
        tc=$(med "${wtenths[cold]}")
        fp=$(med "${wfirsts[preconnect]}")
        tp=$(med "${wtenths[preconnect]}")
        results[${label}_window_cold]="$fc ms|(reference)|$tc ms (tenth)|$(ratio "$fc" "$tc")|none"
        results[${label}_window_preconnect]="$fp ms|≤ 1.1× the tenth|$tp ms (tenth)|$(ratio "$fp" "$tp")|le:1.1"
        labels[${label}_window_cold]="$name: the window's first update, Update to banner, no pre-connection (first vs tenth)"
        labels[${label}_window_preconnect]="$name: the window's first update, Update to banner, pre-connected (first vs tenth)"
        order+=(${label}_window_cold ${label}_window_preconnect)
    fi
    if [ $peers_ready = 1 ]; then
        local peer
        for peer in newman bru; do
            c=$(med "${t[upload_$peer]}")
            q=$(med "${t[upload_cli]}")
            results[${label}_upload_$peer]="$(calc "$q / 1000") s|(peer)|$(calc "$c / 1000") s ($peer)|$(ratio "$q" "$c")|none"
            c=$(med "${t[seq_$peer]}")
            q=$(med "${t[seq_cli]}")
            results[${label}_seq_$peer]="$rate_q updates/s|(peer)|$(calc "$LINK_SEQUENTIAL / ($c / 1000)") updates/s ($peer)|$(ratio "$rate_q" "$(calc "$LINK_SEQUENTIAL / ($c / 1000)")")|none"
            m=$(med "${mem[seq_$peer]}")
            r=$(med "${mem[seq_cli]}")
            results[${label}_mem_$peer]="$(calc "$r / 1024") MiB|(peer)|$(calc "$m / 1024") MiB ($peer)|$(ratio "$r" "$m")|none"
        done
    fi
    labels[${label}_upload]="$name: one update with a $LINK_UPLOAD_MIB MiB attachment, Casedesk / curl"
    labels[${label}_seq]="$name: $LINK_SEQUENTIAL sequential updates, Casedesk / curl"
    labels[${label}_batch]="$name: $LINK_BATCH-row batch at concurrency 2, against the pipeline limit"
    labels[${label}_first_cold]="$name: first update of the day, HTTPS, no pre-connection (first vs tenth)"
    labels[${label}_first_pre]="$name: first update of the day, HTTPS, pre-connected (first vs tenth)"
    labels[${label}_upload_newman]="$name: upload, Casedesk / newman"
    labels[${label}_upload_bru]="$name: upload, Casedesk / bru"
    labels[${label}_seq_newman]="$name: $LINK_SEQUENTIAL sequential updates from a CSV, Casedesk / newman"
    labels[${label}_seq_bru]="$name: $LINK_SEQUENTIAL sequential updates from a CSV, Casedesk / bru"
    labels[${label}_mem_newman]="$name: peak RSS over the sequential updates, Casedesk / newman"
    labels[${label}_mem_bru]="$name: peak RSS over the sequential updates, Casedesk / bru"
    order+=(${label}_upload ${label}_seq ${label}_batch ${label}_first_cold ${label}_first_pre ${label}_upload_newman
        ${label}_upload_bru ${label}_seq_newman ${label}_seq_bru ${label}_mem_newman ${label}_mem_bru)
}

# Start-up of each command-line client alone (--version: the runtime loaded, nothing sent), peak RSS too.
bench_peers_startup() {
    local tool line
    declare -A s=() k=()
    for i in $(seq "$RUNS"); do
        for tool in cli newman bru; do
            case $tool in
            cli) line=$(measure peers-start-cli -- "$bin/casedesk-cli-dev" --version) ;;
            newman) line=$(measure peers-start-newman -- "$newman" --version) ;;
            bru) line=$(measure peers-start-bru -- "$bru" --version) ;;
            esac
            s[$tool]+="$(echo "$line" | field wall_ms) "
            k[$tool]+="$(echo "$line" | field maxrss_kib) "
        done
    done
    local q peer c
    q=$(echo "${s[cli]}" | tr ' ' '\n' | grep . | median)
    for peer in newman bru; do
        c=$(echo "${s[$peer]}" | tr ' ' '\n' | grep . | median)
        results[peer_start_$peer]="$q ms|(peer)|$c ms ($peer)|$(ratio "$q" "$c")|none"
        labels[peer_start_$peer]="Start-up of the command-line client (--version), Casedesk / $peer"
        order+=(peer_start_$peer)
    done
    notes[peers_startup]="wall ms: casedesk-cli ${s[cli]}; newman ${s[newman]}; bru ${s[bru]}; peak RSS KiB: casedesk-cli ${k[cli]}; newman ${k[newman]}; bru ${k[bru]}"
}

bench_link() {
    if ! link_setup; then
        log "Link profiles $link_note"
        return 0
    fi
    if peers_install; then
        bench_peers_startup
    else
        log "Peers: $peers_note"
    fi
    # The attachment for the link cases: smaller than the loopback one, the same kind of file.
    big_link=$work/call-recording-link.mp4
    dd if=/dev/zero of="$big_link" bs=1M count="$LINK_UPLOAD_MIB" status=none
    [ $peers_ready = 1 ] && peers_write
    printf 'id,case_type,responsible,status,priority,solution\n6074aaa0801374bbbbb781025ccc7d3,Request,%s,open,low,\n' \
        "$RESPONSIBLE" >"$work/peers/one.csv" 2>/dev/null || true
    local n=0 entry name rtt mbit
    for entry in "${LINK_PROFILES[@]}"; do
        n=$((n + 1))
        IFS='|' read -r name rtt mbit <<<"$entry"
        # BENCH_LINK_RTTS: only the profiles with these RTTs (e.g. "100"); every one by default.
        [ -z "${BENCH_LINK_RTTS:-}" ] || [[ " $BENCH_LINK_RTTS " == *" $rtt "* ]] || continue
        bench_link_profile "$n" "$name" "$rtt" "$mbit"
    done
}
