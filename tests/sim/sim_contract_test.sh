#!/usr/bin/env bash
# Contract test for casedesk-crm-sim: starts the real binary on loopback and checks its raw answers with
# curl. Needs only bash, curl, coreutils and (for the TLS check) openssl: no jq, no Python.
# Usage: sim_contract_test.sh /path/to/casedesk-crm-sim   (SIM_TEST_KEEP=1 keeps the logs for debugging)
set -euo pipefail

SIM=${1:?usage: $0 /path/to/casedesk-crm-sim}
[ -x "$SIM" ] || { echo "not an executable: $SIM" >&2; exit 2; }

WORK=$(mktemp -d)
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [ -n "${SIM_TEST_KEEP:-}" ]; then echo "logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

PASSED=0
FAILED=0
pass() {
    PASSED=$((PASSED + 1))
    printf 'ok    %s\n' "$1"
}
fail() {
    FAILED=$((FAILED + 1))
    printf 'FAIL  %s\n' "$1"
    shift
    local line
    for line in "$@"; do printf '        %s\n' "$line"; done
}
expect_eq() { # name actual expected
    if [ "$2" == "$3" ]; then pass "$1"; else fail "$1" "expected: $3" "actual:   $2"; fi
}
expect_contains() { # name haystack needle
    if [[ "$2" == *"$3"* ]]; then pass "$1"; else fail "$1" "expected to contain: $3" "actual: ${2:0:400}"; fi
}
expect_true() { # name condition-description command...
    local name=$1 what=$2
    shift 2
    if "$@"; then pass "$name"; else fail "$name" "$what"; fi
}

TOKEN=A8K3J7F2
OP=modulodeprueba
CASE=6074aaa0801374bbbbb781025ccc7d3
UPDATE=/server/API/v2/cases/update.php
QUERY=/server/API/v2/cases/queryCases.php
TOKENINFO=/server/API/v2/token/tokenInformation.php
OK_BODY="{\"code\":200,\"error\":\"null\",\"msg\":\"Succesfully update record\",\"data\":{\"wolkvox_id\":\"$CASE\"}}"
EXCEEDS='{"code":403,"error":"FORBIDDEN","msg":"EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2)"}'

# Text fields go through --form-string so values such as JSON are sent verbatim.
VALID=(--form-string "operation=$OP" --form-string "wolkvox-id=$CASE" --form-string case-type=Request
    --form-string responsible=ana@modulodeprueba --form-string status=open --form-string priority=high
    --form-string 'form={"canal":"WhatsApp","ciudad":"Bogotá"}')

# start_sim NAME [simulator args...]: sets URL and SIM_PID; stdout/stderr go to $WORK/NAME.out/.log.
start_sim() {
    local name=$1
    shift
    "$SIM" --port 0 "$@" >"$WORK/$name.out" 2>"$WORK/$name.log" &
    SIM_PID=$!
    PIDS+=("$SIM_PID")
    local _
    for _ in $(seq 200); do
        grep -q 'listening on' "$WORK/$name.out" 2>/dev/null && break
        sleep 0.05
    done
    local line
    line=$(head -n 1 "$WORK/$name.out")
    if [[ ! "$line" =~ ^casedesk-crm-sim\ listening\ on\ (https?://127\.0\.0\.1:[0-9]+)$ ]]; then
        echo "simulator '$name' did not start: '$line'" >&2
        cat "$WORK/$name.log" >&2
        exit 1
    fi
    URL=${BASH_REMATCH[1]}
}

# stop_sim: SIGTERM, then sets STOP_RC and STOP_MS.
stop_sim() {
    local started=$(($(date +%s%N) / 1000000))
    kill -TERM "$SIM_PID"
    STOP_RC=0
    wait "$SIM_PID" || STOP_RC=$?
    STOP_MS=$(($(date +%s%N) / 1000000 - started))
}

# post [curl args...]: POSTs to update.php; sets CODE, BODY, and HEADERS (file $WORK/headers).
post() {
    CODE=$(curl -sS -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' "$@" "$URL$UPDATE") || CODE="curl-failed"
    BODY=$(cat "$WORK/body" 2>/dev/null || true)
}
header() { # name: value of a response header from the last post
    grep -i "^$1:" "$WORK/headers" | head -n 1 | cut -d: -f2- | sed 's/^ *//; s/\r$//'
}
admin() { curl -sS "$URL$1"; }
# query JSON [curl args...]: POSTs a raw JSON body to queryCases.php; sets CODE and BODY.
query() {
    local body=$1
    shift
    CODE=$(curl -sS -o "$WORK/body" -w '%{http_code}' "$@" --data-binary "$body" "$URL$QUERY") || CODE="curl-failed"
    BODY=$(cat "$WORK/body" 2>/dev/null || true)
}
qbody() { # field value: the search body for the demo operation
    printf '{"operation":"%s","field":"%s","value":"%s"}' "$OP" "$1" "$2"
}
json_num() { # key json: last numeric value of "key" (top-level stats keys sort after "by_token")
    grep -o "\"$1\":[0-9]*" <<<"$2" | tail -n 1 | cut -d: -f2
}
json_str() { # key json: first string value of "key"
    grep -o "\"$1\":\"[^\"]*\"" <<<"$2" | head -n 1 | cut -d: -f2- | sed 's/^"//; s/"$//'
}

echo "== contract rules"
start_sim main

post "${VALID[@]}"
expect_eq "missing token: 401" "$CODE $BODY" \
    '401 {"code":401,"error":"UNAUTHORIZED","msg":"PLEASE ENTER THE WOLKVOX-TOKEN"}'
expect_eq "missing token: JSON content type" "$(header Content-Type)" "application/json; charset=utf-8"

post -H 'Wolkvox-Token;' "${VALID[@]}"
expect_eq "empty token: 401" "$CODE" 401

post -H 'Wolkvox-Token: WRONG123' "${VALID[@]}"
expect_eq "unknown token: 403" "$CODE $BODY" '403 {"code":403,"error":"FORBIDDEN","msg":"PLEASE VALIDATE TOKEN"}'

post -H "Wolkvox-Token: $TOKEN" --form-string "operation=$OP" --form-string "wolkvox-id=$CASE" \
    --form-string case-type=Request --form-string responsible=ana@modulodeprueba --form-string status=open \
    --form-string 'form={}'
expect_eq "missing priority: 400" "$CODE $BODY" \
    '400 {"code":400,"error":"BAD REQUEST","msg":"SOME PARAMETERS ARE REQUIRED"}'

post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string form=
expect_eq "empty form value counts as missing (last occurrence wins): 400" "$CODE" 400

post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "valid update: exact 200 answer" "$CODE $BODY" "200 $OK_BODY"

CASE_JSON=$(admin "/__sim/case?operation=$OP&id=$CASE")
expect_eq "__sim/case: updates counted" "$(json_num updates "$CASE_JSON")" 1
expect_eq "__sim/case: status stored" "$(json_str status "$CASE_JSON")" open
expect_eq "__sim/case: priority stored" "$(json_str priority "$CASE_JSON")" high
expect_contains "__sim/case: form stored as object" "$CASE_JSON" '"form":{"canal":"WhatsApp","ciudad":"Bogotá"}'
expect_eq "__sim/case: unknown case is 404" \
    "$(curl -s -o /dev/null -w '%{http_code}' "$URL/__sim/case?operation=$OP&id=nope")" 404

post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string case-type=rEqUeSt
expect_eq "case type matches ignoring case" "$CODE" 200
expect_eq "case type stored with its configured name" \
    "$(json_str case_type "$(admin "/__sim/case?operation=$OP&id=$CASE")")" Request

post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string status=closed
expect_eq "closed status without solution: 400" "$CODE $BODY" \
    '400 {"code":400,"error":"BAD REQUEST","msg":"THE SOLUTION IS REQUIRED FOR A CLOSED STATUS"}'
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string status=closed --form-string 'solution=   '
expect_eq "closed status with blank solution: 400" "$CODE" 400
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string case-type=Incidentes --form-string status=Resuelto \
    --form-string priority=Crítica --form-string 'solution=Se reemplazó el router.'
expect_eq "Spanish closed status with solution: 200" "$CODE" 200
expect_eq "closed condition stored" "$(json_str status_condition "$(admin "/__sim/case?operation=$OP&id=$CASE")")" closed

post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string status=Open
expect_eq "status compares exactly: 400" "$CODE $BODY" \
    '400 {"code":400,"error":"BAD REQUEST","msg":"THE STATUS DOES NOT EXIST FOR THIS CASE TYPE"}'
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string priority=Alta
expect_eq "priority of another case type: 400" "$BODY" \
    '{"code":400,"error":"BAD REQUEST","msg":"THE PRIORITY DOES NOT EXIST FOR THIS CASE TYPE"}'
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string case-type=Quejas
expect_eq "unknown case type: 400" "$BODY" '{"code":400,"error":"BAD REQUEST","msg":"THE CASE TYPE DOES NOT EXIST"}'
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string responsible=nadie@modulodeprueba
expect_eq "unknown responsible: 400" "$BODY" \
    '{"code":400,"error":"BAD REQUEST","msg":"THE RESPONSIBLE USER DOES NOT EXIST"}'
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string 'form=["not","an","object"]'
expect_eq "form not a JSON object: 400" "$BODY" \
    '{"code":400,"error":"BAD REQUEST","msg":"THE FORM PARAMETER MUST BE A JSON OBJECT"}'
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string "wolkvox-id=ffffffffffffffffffffffffffffff0"
expect_eq "unknown wolkvox-id: 404" "$CODE $BODY" \
    '404 {"code":404,"error":"NOT FOUND","msg":"THE RECORD DOES NOT EXIST"}'
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string operation=atendimentobrasil
expect_eq "token of another operation: 403" "$CODE $BODY" \
    '403 {"code":403,"error":"FORBIDDEN","msg":"PLEASE VALIDATE TOKEN"}'

printf 'MZ\x90\x00' >"$WORK/tool.exe"
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" -F "file=@$WORK/tool.exe"
expect_eq "disallowed extension: 400" "$CODE $BODY" \
    '400 {"code":400,"error":"BAD REQUEST","msg":"THE FILE EXTENSION IS NOT ALLOWED"}'
printf 'col1,col2\n1,2\n' >"$WORK/DATA.CSV"
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" -F "file=@$WORK/DATA.CSV"
expect_eq "extension compared ignoring case: 200" "$CODE" 200

NAME='informe_año_ção.pdf'
printf '%%PDF-1.4 prueba\n' >"$WORK/report.pdf"
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" -F "file=@$WORK/report.pdf;filename=$NAME;type=application/pdf"
expect_eq "non-ASCII file name: 200" "$CODE" 200
LAST=$(admin /__sim/last-request)
expect_eq "non-ASCII file name arrives byte-exact" "$(json_str filename_hex "$LAST")" \
    "$(printf '%s' "$NAME" | od -An -v -tx1 | tr -d ' \n')"
expect_contains "last-request: raw UTF-8 file name" "$LAST" "\"filename\":\"$NAME\""
expect_eq "last-request: file sha256" "$(json_str sha256 "$LAST")" "$(sha256sum "$WORK/report.pdf" | cut -d' ' -f1)"
expect_contains "last-request: form kept as the raw string" "$LAST" \
    '"form":"{\"canal\":\"WhatsApp\",\"ciudad\":\"Bogotá\"}"'
expect_contains "last-request: token presence only" "$LAST" '"wolkvox-token-present":true'
expect_contains "last-request: user agent" "$LAST" '"user-agent":"curl/'
expect_contains "last-request: field order" "$LAST" \
    '"field_order":["operation","wolkvox-id","case-type","responsible","status","priority","form"]'
if grep -q "$TOKEN" <<<"$LAST"; then fail "last-request never shows the token"; else pass "last-request never shows the token"; fi

printf 'a' >"$WORK/one.png"
printf 'bb' >"$WORK/two.jpg"
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" -F "file[]=@$WORK/one.png" -F "file[]=@$WORK/two.jpg"
expect_eq "two attachments in one request: 200" "$CODE" 200
LAST=$(admin /__sim/last-request)
expect_eq "two attachments recorded" "$(grep -o '"part":"file\[\]"' <<<"$LAST" | wc -l)" 2
expect_contains "two attachments stored on the case" "$(admin "/__sim/case?operation=$OP&id=$CASE")" \
    '"filename":"two.jpg","part":"file[]","php_key":"file[1]","sha256":"'

# PHP keeps only the last file of a repeated plain name; php_parity_test.sh checks the finer points with PHP.
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" -F "file=@$WORK/one.png" -F "file=@$WORK/two.jpg"
expect_eq "repeated plain name: 200" "$CODE" 200
LAST=$(admin /__sim/last-request)
expect_eq "repeated plain name: only the last kept" "$(grep -o '"kept":[a-z]*' <<<"$LAST" | tr '\n' ' ')" \
    '"kept":false "kept":true '
expect_contains "repeated plain name: why the first was dropped" "$LAST" '"fate":"replaced"'
expect_contains "repeated plain name: the case lists the dropped file" \
    "$(admin "/__sim/case?operation=$OP&id=$CASE")" '"dropped_files":[{"filename":"one.png","part":"file","reason":"replaced"'
expect_contains "request log: the dropped file and why" "$(cat "$WORK/main.log")" \
    'files=2 kept=1 dropped: #1 "one.png" as "file" (replaced by #2: PHP keeps only the last'

CODE=$(curl -sS -o "$WORK/body" -w '%{http_code}' -H "Wolkvox-Token: $TOKEN" -d "operation=$OP" "$URL$UPDATE")
expect_eq "url-encoded body: 400" "$CODE $(cat "$WORK/body")" \
    '400 {"code":400,"error":"BAD REQUEST","msg":"THE REQUEST BODY MUST BE MULTIPART/FORM-DATA"}'
CODE=$(curl -sS -o "$WORK/body" -w '%{http_code}' -H "Wolkvox-Token: $TOKEN" \
    -H 'Content-Type: multipart/form-data; boundary=xyz' --data-binary 'garbage without boundary' "$URL$UPDATE")
expect_eq "malformed multipart: 400" "$CODE $(cat "$WORK/body")" \
    '400 {"code":400,"error":"BAD REQUEST","msg":"THE MULTIPART BODY IS MALFORMED"}'

head -c $((1024 * 1024 + 10)) /dev/zero | tr '\0' 'x' >"$WORK/long.txt"
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" -F "solution=<$WORK/long.txt"
expect_eq "text field over 1 MiB: 400" "$CODE $BODY" \
    '400 {"code":400,"error":"BAD REQUEST","msg":"A PARAMETER EXCEEDS THE MAXIMUM ALLOWED SIZE"}'

expect_eq "unknown API path: 400" "$(curl -sS "$URL/server/API/v2/cases/delete.php")" \
    '{"code":400,"error":"BAD REQUEST","msg":"THE API YOU WANT TO CONSULT DOES NOT EXIST"}'
expect_eq "GET on update.php: 405" "$(curl -s -o /dev/null -w '%{http_code}' "$URL$UPDATE")" 405
expect_eq "health" "$(admin /__sim/health)" '{"ok":true}'

TI=$(curl -sS -H "Wolkvox-Token: $TOKEN" "$URL$TOKENINFO?operation=$OP")
expect_contains "tokenInformation: shape" "$TI" '{"code":200,"error":"null","msg":"OK","data":{"token_limit":4800,"token_use_today":'
HOURS=$(json_num hours_to_restart_count "$TI")
expect_true "tokenInformation: hours_to_restart_count in 1..24" "got '$HOURS'" \
    test "${HOURS:-0}" -ge 1 -a "${HOURS:-0}" -le 24
expect_eq "tokenInformation without token: 401" "$(curl -s -o /dev/null -w '%{http_code}' "$URL$TOKENINFO?operation=$OP")" 401

STATS=$(admin /__sim/stats)
expect_contains "stats: token masked" "$STATS" '"A8…F2":{'
expect_eq "stats: one tokenInformation call" "$(json_num token_info_calls "$STATS")" 1
expect_true "stats: updates_ok counted" "got $(json_num updates_ok "$STATS")" test "$(json_num updates_ok "$STATS")" -ge 5

START=$(date +%s%N)
curl -sS -m 5 -X POST "$URL/__sim/reset" >"$WORK/body" || true
expect_eq "POST without Content-Length is not read to EOF" "$(cat "$WORK/body")" '{"ok":true}'
expect_true "POST without Content-Length answers at once" "took $((($(date +%s%N) - START) / 1000000)) ms" \
    test $((($(date +%s%N) - START) / 1000000)) -lt 2000
expect_eq "reset clears updates" "$(json_num updates "$(admin "/__sim/case?operation=$OP&id=$CASE")")" 0

if grep -q "$TOKEN" "$WORK/main.log"; then fail "request log never shows the token"; else pass "request log never shows the token"; fi
expect_contains "request log line" "$(cat "$WORK/main.log")" "POST $UPDATE 200 in="
expect_contains "request log token marker" "$(cat "$WORK/main.log")" "token=present"

echo "== 200 MiB upload streams"
truncate -s 200M "$WORK/big.zip"
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" -F "file=@$WORK/big.zip"
expect_eq "200 MiB upload: 200" "$CODE" 200
LAST=$(admin /__sim/last-request)
expect_eq "200 MiB upload: size" "$(json_num size "$LAST")" $((200 * 1024 * 1024))
expect_eq "200 MiB upload: sha256" "$(json_str sha256 "$LAST")" "$(sha256sum "$WORK/big.zip" | cut -d' ' -f1)"
HWM_KB=$(awk '/^VmHWM:/ {print $2}' "/proc/$SIM_PID/status")
expect_true "200 MiB upload: peak RSS under 100 MiB" "VmHWM ${HWM_KB} kB" test "$HWM_KB" -lt $((100 * 1024))
rm -f "$WORK/big.zip"

stop_sim
expect_eq "SIGTERM: exit code 0" "$STOP_RC" 0

echo "== unknown ids"
start_sim unknown --accept-unknown-ids
NEWID=abcdef0123456789abcdef012345678
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string "wolkvox-id=$NEWID"
expect_eq "--accept-unknown-ids: 200" "$CODE" 200
expect_contains "--accept-unknown-ids: case created" "$(admin "/__sim/case?operation=$OP&id=$NEWID")" '"seeded":false'
stop_sim

echo "== repeated part names"
start_sim keep --keep-repeated-parts
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" -F "file=@$WORK/one.png" -F "file=@$WORK/two.jpg"
expect_eq "--keep-repeated-parts: both files of a plain name stored" \
    "$(grep -o '"part":"file"' <<<"$(admin "/__sim/case?operation=$OP&id=$CASE")" | wc -l)" 2
stop_sim
start_sim maxuploads --max-file-uploads 1
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" -F "file[]=@$WORK/one.png" -F "file[]=@$WORK/two.jpg"
expect_contains "--max-file-uploads 1: the second file dropped" "$(admin /__sim/last-request)" \
    '"fate":"over-max-file-uploads","filename":"two.jpg"'
stop_sim

echo "== simultaneous requests"
start_sim concurrency --delay-ms 1500
CURLS=()
for i in 1 2 3; do
    curl -sS -o "$WORK/c$i.body" -w '%{http_code}' -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" "$URL$UPDATE" \
        >"$WORK/c$i.code" &
    CURLS+=($!)
done
wait "${CURLS[@]}" || true
REJECTED=0
ACCEPTED=0
for i in 1 2 3; do
    if [ "$(cat "$WORK/c$i.code") $(cat "$WORK/c$i.body")" == "403 $EXCEEDS" ]; then REJECTED=$((REJECTED + 1)); fi
    if [ "$(cat "$WORK/c$i.code")" == 200 ]; then ACCEPTED=$((ACCEPTED + 1)); fi
done
expect_eq "3 simultaneous: exactly one concurrency 403" "$REJECTED" 1
expect_eq "3 simultaneous: two succeed" "$ACCEPTED" 2
STATS=$(admin /__sim/stats)
expect_eq "stats: rejected_concurrency" "$(json_num rejected_concurrency "$STATS")" 1
expect_eq "stats: max_in_flight" "$(json_num max_in_flight "$STATS")" 3
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "slot freed after the answers" "$CODE" 200
stop_sim

echo "== daily quota"
start_sim quota --daily-quota 3
TI=$(curl -sS -H "Wolkvox-Token: $TOKEN" "$URL$TOKENINFO?operation=$OP")
expect_contains "tokenInformation costs one call" "$TI" '"token_limit":3,"token_use_today":1,'
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "quota: call 2 ok" "$CODE" 200
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string status=bogus
expect_eq "quota: call 3 (a 400 still counts)" "$CODE" 400
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "quota exhausted: 403" "$CODE $BODY" '403 {"code":403,"error":"FORBIDDEN","msg":"TOKEN LIMIT EXCEEDED"}'
expect_eq "quota exhausted: tokenInformation too" \
    "$(curl -sS -H "Wolkvox-Token: $TOKEN" "$URL$TOKENINFO?operation=$OP")" \
    '{"code":403,"error":"FORBIDDEN","msg":"TOKEN LIMIT EXCEEDED"}'
curl -sS -X POST "$URL/__sim/new-day" >/dev/null
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "quota restarts on a new day" "$CODE" 200
stop_sim

echo "== faults"
start_sim html502 --fault html502
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "html502: status" "$CODE" 502
expect_contains "html502: HTML content type" "$(header Content-Type)" "text/html"
expect_contains "html502: nginx page" "$BODY" "<center><h1>502 Bad Gateway</h1></center>"
expect_eq "html502: admin endpoints unaffected" "$(admin /__sim/health)" '{"ok":true}'
stop_sim

start_sim truncated --fault truncated
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "truncated: status" "$CODE" 200
expect_eq "truncated: Content-Length matches what is sent" "$(header Content-Length)" "$(wc -c <"$WORK/body")"
expect_true "truncated: a strict prefix of the success answer" "body: $BODY" \
    test -n "$BODY" -a "${#BODY}" -lt "${#OK_BODY}" -a "${OK_BODY:0:${#BODY}}" == "$BODY"
expect_eq "truncated: the update was stored" "$(json_num updates "$(admin "/__sim/case?operation=$OP&id=$CASE")")" 1
stop_sim

start_sim empty --fault empty
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "empty: 200 with no body" "$CODE:$(header Content-Length):$(wc -c <"$WORK/body")" "200:0:0"
stop_sim

start_sim redirect --fault redirect
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "redirect: 307" "$CODE" 307
expect_eq "redirect: Location" "$(header Location)" "http://127.0.0.1:1/server/API/v2/cases/update.php"
stop_sim

start_sim codestring --fault code-as-string
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "code-as-string: success" "$CODE $BODY" "200 ${OK_BODY/\"code\":200/\"code\":\"200\"}"
post "${VALID[@]}"
expect_eq "code-as-string: errors too" "$BODY" '{"code":"401","error":"UNAUTHORIZED","msg":"PLEASE ENTER THE WOLKVOX-TOKEN"}'
stop_sim

start_sim maintenance --fault maintenance
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "maintenance: 403 JSON" "$CODE $BODY" \
    '403 {"code":403,"error":"FORBIDDEN","msg":"THE API IS TEMPORARILY DISABLED DUE TO MAINTENANCE"}'
stop_sim

start_sim wrongtypes --fault wrong-types
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "wrong-types" "$CODE $BODY" \
    '200 {"code":{"x":1},"error":"null","msg":"Succesfully update record","data":[1,2]}'
stop_sim

start_sim codeobject --fault code-object
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
CODE_OBJECT='"code":{"value":200}'
expect_eq "code-object: only code is wrong" "$CODE $BODY" "200 ${OK_BODY/\"code\":200/$CODE_OBJECT}"
stop_sim

start_sim dataarray --fault data-array
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "data-array: only data is wrong" "$CODE $BODY" \
    "200 {\"code\":200,\"error\":\"null\",\"msg\":\"Succesfully update record\",\"data\":[\"$CASE\"]}"
stop_sim

start_sim badutf8 --fault invalid-utf8
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "invalid-utf8: 200" "$CODE" 200
expect_true "invalid-utf8: body holds a 0xFF byte" "body: $BODY" grep -q "$(printf '\xff')" "$WORK/body"
stop_sim

start_sim huge --fault huge
SIZE=$(curl -sS -o /dev/null -w '%{size_download}' -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" "$URL$UPDATE")
expect_eq "huge: 64 MiB body" "$SIZE" $((64 * 1024 * 1024))
stop_sim

start_sim slow --fault slow
RC=0
curl -sS -m 2 -o "$WORK/body" -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" "$URL$UPDATE" 2>/dev/null || RC=$?
BODY=$(cat "$WORK/body")
expect_eq "slow: still trickling after 2 s" "$RC" 28
expect_true "slow: a few bytes of the success answer" "body: '$BODY'" \
    test "${#BODY}" -ge 3 -a "${#BODY}" -le 15 -a "${OK_BODY:0:${#BODY}}" == "$BODY"
stop_sim

start_sim slowfast --fault slow --slow-interval-ms 10
RC=0
curl -sS -m 10 -o "$WORK/body" -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" "$URL$UPDATE" 2>/dev/null || RC=$?
expect_eq "slow: --slow-interval-ms sets the pace (whole answer within 10 s)" "$RC $(cat "$WORK/body")" "0 $OK_BODY"
stop_sim

start_sim stall --fault stall
RC=0
curl -sS -m 2 -o /dev/null -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" "$URL$UPDATE" 2>/dev/null || RC=$?
expect_eq "stall: no answer within 2 s" "$RC" 28
curl -sS -m 30 -o /dev/null -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" "$URL$UPDATE" 2>/dev/null &
STALLED=$!
sleep 0.5
stop_sim
RC=0
wait "$STALLED" || RC=$?
expect_eq "stall: SIGTERM exits cleanly" "$STOP_RC" 0
expect_true "stall: shutdown not blocked by a stalled request" "took $STOP_MS ms" test "$STOP_MS" -lt 3000
expect_true "stall: the client sees the connection end without an answer" "curl exit $RC" test "$RC" -ne 0 -a "$RC" -ne 28

start_sim reset --fault reset
truncate -s 50M "$WORK/reset.zip"
RC=0
curl -sS -m 20 -o /dev/null -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" -F "file=@$WORK/reset.zip" \
    "$URL$UPDATE" 2>"$WORK/reset.err" || RC=$?
expect_true "reset: upload cut by the server" "curl exit $RC: $(cat "$WORK/reset.err")" \
    test "$RC" -eq 55 -o "$RC" -eq 56 -o "$RC" -eq 52
expect_eq "reset: simulator still healthy" "$(admin /__sim/health)" '{"ok":true}'
rm -f "$WORK/reset.zip"
stop_sim

start_sim earlyclose --fault early-close
truncate -s 20M "$WORK/early.zip"
RC=0
# No "Expect: 100-continue": like Qt, curl then starts sending the body right after the headers.
CODE=$(curl -sS -m 20 -o "$WORK/body" -w '%{http_code}' -H 'Expect:' -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" \
    -F "file=@$WORK/early.zip" "$URL$UPDATE" 2>"$WORK/early.err") || RC=$?
expect_true "early-close: 413 page, or the upload cut off" "curl exit $RC, HTTP $CODE: $(cat "$WORK/early.err")" \
    test "$CODE" = 413 -o "$RC" -eq 55 -o "$RC" -eq 56
LAST=$(admin /__sim/last-request)
expect_eq "early-close: the body was never read" "$(json_num payload_bytes "$LAST")" 0
expect_eq "early-close: nothing stored" "$(json_num updates_ok "$(admin /__sim/stats)")" 0
expect_eq "early-close: simulator still healthy" "$(admin /__sim/health)" '{"ok":true}'
rm -f "$WORK/early.zip"
stop_sim

start_sim readrate --read-rate 524288
truncate -s 1M "$WORK/rate.zip"
TIME=$(curl -sS -o /dev/null -w '%{time_total}' -H 'Expect:' -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" \
    -F "file=@$WORK/rate.zip" "$URL$UPDATE")
expect_true "--read-rate 512 KiB/s: a 1 MiB upload takes about 2 s" "took $TIME s" \
    awk -v t="$TIME" 'BEGIN { exit !(t >= 1.5 && t < 10) }'
rm -f "$WORK/rate.zip"
stop_sim

echo "== queryCases"
start_sim querymain
CASE_ANSWER="{\"code\":200,\"error\":\"null\",\"msg\":\"1 records were are found\",\"data\":[{\"wolkvox_id\":\"$CASE\",\"idCase\":1001,\"type case\":\"Request\",\"status\":\"open\",\"priority\":\"low\",\"responsible user\":\"ana@modulodeprueba\",\"responsible name\":\"ana\",\"solution\":\"\",\"form\":{\"canal\":\"WhatsApp\",\"ciudad\":\"Bogot\\u00e1\"},\"date_modification\":null}]}"
query "$(qbody wolkvox-id "$CASE")" -H "Wolkvox-Token: $TOKEN" -H 'Content-Type: application/json'
expect_eq "query by wolkvox-id: exact answer, form in its order" "$CODE $BODY" "200 $CASE_ANSWER"
LASTQ=$(admin /__sim/last-query)
expect_contains "last-query: raw body" "$LASTQ" "\"body\":\"{\\\"operation\\\":\\\"$OP\\\",\\\"field\\\":\\\"wolkvox-id\\\""
expect_contains "last-query: token presence only" "$LASTQ" '"wolkvox-token-present":true'
if grep -q "$TOKEN" <<<"$LASTQ"; then fail "last-query never shows the token"; else pass "last-query never shows the token"; fi
query '{"operation":"modulodeprueba","field":"idCase","value":1042}' -H "Wolkvox-Token: $TOKEN"
expect_contains "query by idCase (a number): three cases share 1042" "$BODY" '"msg":"3 records were are found"'
expect_eq "query by idCase: three objects" "$(grep -o '"wolkvox_id"' <<<"$BODY" | wc -l)" 3
query "$(qbody 'type case' Complaints)" -H "Wolkvox-Token: $TOKEN"
expect_contains "query by type case" "$BODY" '"type case":"Complaints"'
query "$(qbody case-type complaints)" -H "Wolkvox-Token: $TOKEN"
expect_contains "query by case-type, ignoring case" "$BODY" '"type case":"Complaints"'
query "$(qbody 'responsible user' ANA@modulodeprueba)" -H "Wolkvox-Token: $TOKEN"
expect_contains "query by responsible user" "$BODY" "\"wolkvox_id\":\"$CASE\""
query "$(qbody priority urgent)" -H "Wolkvox-Token: $TOKEN"
expect_contains "query by priority" "$BODY" '"priority":"urgent"'
query "$(qbody status nonexistent)" -H "Wolkvox-Token: $TOKEN"
expect_eq "no match: 200, empty data" "$CODE $BODY" '200 {"code":200,"error":"null","msg":"0 records were are found","data":[]}'
query "$(qbody 'owner user' ana)" -H "Wolkvox-Token: $TOKEN"
expect_contains "a vendor field the simulator does not model finds nothing" "$BODY" '"data":[]'
query "$(qbody colour red)" -H "Wolkvox-Token: $TOKEN"
expect_eq "unknown field: 400" "$CODE $BODY" '400 {"code":400,"error":"BAD REQUEST","msg":"THE FIELD TO SEARCH BY DOES NOT EXIST"}'
query '{"operation":"modulodeprueba","field":"status"}' -H "Wolkvox-Token: $TOKEN"
expect_eq "missing value: 400" "$CODE $BODY" '400 {"code":400,"error":"BAD REQUEST","msg":"SOME PARAMETERS ARE REQUIRED"}'
query 'operation=modulodeprueba' -H "Wolkvox-Token: $TOKEN"
expect_eq "not JSON: 400" "$CODE $BODY" '400 {"code":400,"error":"BAD REQUEST","msg":"THE REQUEST BODY MUST BE A JSON OBJECT"}'
query "$(qbody wolkvox-id "$CASE")"
expect_eq "query without token: 401" "$CODE" 401
query "$(qbody wolkvox-id "$CASE")" -H 'Wolkvox-Token: WRONG123'
expect_eq "query with an unknown token: 403" "$CODE $BODY" '403 {"code":403,"error":"FORBIDDEN","msg":"PLEASE VALIDATE TOKEN"}'
query '{"operation":"atendimentobrasil","field":"idCase","value":"2001"}' -H "Wolkvox-Token: $TOKEN"
expect_eq "query of another operation's cases: 403" "$CODE" 403
expect_eq "GET on queryCases.php: 405" "$(curl -s -o /dev/null -w '%{http_code}' "$URL$QUERY")" 405

post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" --form-string status=closed --form-string 'solution=Listo' \
    --form-string 'form={"nota":"llamar","canal":"Correo"}'
query "$(qbody wolkvox-id "$CASE")" -H "Wolkvox-Token: $TOKEN"
expect_contains "an update is visible to the next query" "$BODY" \
    '"status":"closed","priority":"high","responsible user":"ana@modulodeprueba","responsible name":"ana","solution":"Listo","form":{"canal":"Correo","ciudad":"Bogot\u00e1","nota":"llamar"}'
CHANGED=$(curl -sS -X POST --data-binary "{\"operation\":\"$OP\",\"id\":\"$CASE\",\"status\":\"in progress\",\"responsible\":\"carlos@modulodeprueba\",\"case_number\":7}" "$URL/__sim/case")
expect_contains "admin change: answered with the case" "$CHANGED" '"status":"in progress"'
expect_contains "admin change: counted apart" "$CHANGED" '"admin_changes":1'
query "$(qbody idCase 7)" -H "Wolkvox-Token: $TOKEN"
expect_contains "an admin change is visible to the next query" "$BODY" '"idCase":7,"type case":"Request","status":"in progress"'
expect_eq "admin change of an unknown case: 404" \
    "$(curl -s -o /dev/null -w '%{http_code}' -X POST --data-binary '{"operation":"modulodeprueba","id":"nope"}' "$URL/__sim/case")" 404
expect_eq "admin change with a bad field: 400" \
    "$(curl -s -o /dev/null -w '%{http_code}' -X POST --data-binary "{\"operation\":\"$OP\",\"id\":\"$CASE\",\"status\":3}" "$URL/__sim/case")" 400
STATS=$(admin /__sim/stats)
expect_contains "stats: queries and updates per case" "$STATS" \
    "\"$OP/$CASE\":{\"admin_changes\":1,\"queries\":4,\"update_requests\":1,\"updates\":1}"
expect_contains "stats: queries counted per token" "$STATS" '"queries":'
REQS=$(admin /__sim/requests)
expect_contains "request log: a query with its matches" "$REQS" \
    "{\"endpoint\":\"query\",\"field\":\"wolkvox-id\",\"http\":200,\"in_flight\":1,\"matches\":[\"$CASE\"],\"n\":1,"
expect_contains "request log: an update" "$REQS" "{\"endpoint\":\"update\",\"http\":200,\"in_flight\":1,"
stop_sim

start_sim queryshapes --query-shape object-when-one,strings,update-keys,nested-values,form-string
query "$(qbody wolkvox-id "$CASE")" -H "Wolkvox-Token: $TOKEN"
expect_contains "--query-shape: code as a string, one match as an object" "$BODY" '{"code":"200","error":"null","msg":"1 records were are found","data":{"wolkvox-id":'
expect_contains "--query-shape: update's keys, nested values, numbers as strings" "$BODY" \
    '"idCase":"1001","case-type":{"value":"Request","value_id":"'
expect_contains "--query-shape: form as a JSON string" "$BODY" '"form":"{\"canal\":\"WhatsApp\",'
stop_sim
start_sim query404 --query-shape not-found-404
query "$(qbody idCase 99999)" -H "Wolkvox-Token: $TOKEN"
expect_eq "--query-shape not-found-404" "$CODE $BODY" '404 {"code":404,"error":"NOT FOUND","msg":"THE RECORD DOES NOT EXIST"}'
stop_sim
RC=0
"$SIM" --query-shape round >/dev/null 2>&1 || RC=$?
expect_eq "unknown query shape refused" "$RC" 2

start_sim queryhtml --query-fault html502
query "$(qbody wolkvox-id "$CASE")" -H "Wolkvox-Token: $TOKEN"
expect_eq "--query-fault html502" "$CODE" 502
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
expect_eq "--query-fault leaves update.php alone" "$CODE" 200
stop_sim
start_sim querytrunc --query-fault truncated
query "$(qbody wolkvox-id "$CASE")" -H "Wolkvox-Token: $TOKEN"
expect_true "--query-fault truncated: a strict prefix of the answer" "body: $BODY" \
    test -n "$BODY" -a "${#BODY}" -lt "${#CASE_ANSWER}" -a "${CASE_ANSWER:0:${#BODY}}" == "$BODY"
query "$(qbody status nonexistent)" -H "Wolkvox-Token: $TOKEN"
expect_eq "--query-fault: an empty result goes out as it is" "$BODY" '{"code":200,"error":"null","msg":"0 records were are found","data":[]}'
stop_sim
start_sim queryarray --query-fault data-array
query "$(qbody wolkvox-id "$CASE")" -H "Wolkvox-Token: $TOKEN"
expect_eq "--query-fault data-array: bare ids" "$BODY" "{\"code\":200,\"error\":\"null\",\"msg\":\"1 records were are found\",\"data\":[\"$CASE\"]}"
stop_sim
start_sim queryhuge --query-fault huge
SIZE=$(curl -sS -o /dev/null -w '%{size_download}' -H "Wolkvox-Token: $TOKEN" --data-binary "$(qbody wolkvox-id "$CASE")" "$URL$QUERY")
expect_eq "--query-fault huge: 64 MiB" "$SIZE" $((64 * 1024 * 1024))
stop_sim

start_sim queryquota --daily-quota 2
query "$(qbody wolkvox-id "$CASE")" -H "Wolkvox-Token: $TOKEN"
post -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
query "$(qbody wolkvox-id "$CASE")" -H "Wolkvox-Token: $TOKEN"
expect_eq "a query costs one call of the quota, like an update" "$CODE $BODY" \
    '403 {"code":403,"error":"FORBIDDEN","msg":"TOKEN LIMIT EXCEEDED"}'
stop_sim

start_sim queryconcurrency --query-delay-ms 1500 --delay-ms 1500
CURLS=()
for i in 1 2; do
    curl -sS -o "$WORK/q$i.body" -w '%{http_code}' -H "Wolkvox-Token: $TOKEN" \
        --data-binary "$(qbody wolkvox-id "$CASE")" "$URL$QUERY" >"$WORK/q$i.code" &
    CURLS+=($!)
done
sleep 0.3
curl -sS -o "$WORK/c3.body" -w '%{http_code}' -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" "$URL$UPDATE" >"$WORK/c3.code"
wait "${CURLS[@]}" || true
expect_eq "two queries in flight: the update is the third request" "$(cat "$WORK/c3.code") $(cat "$WORK/c3.body")" "403 $EXCEEDS"
expect_eq "the two queries answered" "$(cat "$WORK/q1.code") $(cat "$WORK/q2.code")" "200 200"
stop_sim

echo "== TLS"
if command -v openssl >/dev/null; then
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" -days 1 \
        -subj /CN=127.0.0.1 >/dev/null 2>&1
    start_sim tls --tls-cert "$WORK/cert.pem" --tls-key "$WORK/key.pem"
    expect_contains "TLS: https URL printed" "$URL" "https://127.0.0.1:"
    post -k -H "Wolkvox-Token: $TOKEN" "${VALID[@]}"
    expect_eq "TLS: update over HTTPS" "$CODE $BODY" "200 $OK_BODY"
    stop_sim
    expect_eq "TLS: SIGTERM exit code 0" "$STOP_RC" 0
else
    echo "openssl not found: TLS checks skipped"
fi

echo "== command line"
RC=0
"$SIM" --host 0.0.0.0 >/dev/null 2>&1 || RC=$?
expect_eq "non-loopback host refused" "$RC" 2
RC=0
"$SIM" --fault nonsense >/dev/null 2>&1 || RC=$?
expect_eq "unknown fault refused" "$RC" 2
expect_contains "--help documents the admin endpoints" "$("$SIM" --help)" "/__sim/last-request"
RC=0
"$SIM" --php-last-file-wins --help >/dev/null 2>&1 || RC=$?
expect_eq "--php-last-file-wins still accepted" "$RC" 0
RC=0
"$SIM" --max-file-uploads many >/dev/null 2>&1 || RC=$?
expect_eq "--max-file-uploads needs a number" "$RC" 2
expect_contains "--help documents queryCases.php" "$("$SIM" --help)" "queryCases.php"

echo
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
