#!/usr/bin/env bash
# The simulator reads attachments as PHP does: the same multipart requests go to PHP's built-in server
# (php_parity_echo.php answers $_POST and $_FILES) and to casedesk-crm-sim, and every file PHP keeps must be
# the file the simulator keeps, under the same $_FILES key, byte-exact (size and SHA-256); the text fields
# must read the same, and the case must store exactly the files update.php would get.
# Usage: php_parity_test.sh /path/to/casedesk-crm-sim   (exit 77: PHP is not installed, test skipped)
set -Eeuo pipefail
trap 'echo "FAIL  stopped at line $LINENO: $BASH_COMMAND" >&2' ERR

SIM=${1:?usage: $0 /path/to/casedesk-crm-sim}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ -x "$SIM" ] || { echo "not an executable: $SIM" >&2; exit 2; }
if ! command -v php >/dev/null; then
    echo "SKIP: php not found; scripts/lib.sh installs php8.2-cli (apt-get install php8.2-cli)"
    exit 77
fi

WORK=$(mktemp -d)
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

# wait_for_url FILE PATTERN: the first URL a starting server prints into FILE.
wait_for_url() {
    local _ url=
    for _ in $(seq 200); do
        url=$(grep -o -m 1 "$2" "$1" 2>/dev/null || true)
        [ -n "$url" ] && break
        sleep 0.05
    done
    [ -n "$url" ] || { echo "server did not start:" >&2; cat "$1" >&2; exit 1; }
    echo "$url"
}

# -n: PHP's built-in defaults, not this machine's php.ini; max_file_uploads stays PHP's default (20), the
# sizes are raised so no test file is refused for its size, and warnings go to the log, not into the JSON.
php -n -d upload_max_filesize=64M -d post_max_size=64M -d max_file_uploads=20 \
    -d display_errors=0 -d log_errors=1 -S 127.0.0.1:0 "$HERE/php_parity_echo.php" >"$WORK/php.log" 2>&1 &
PIDS+=($!)
PHP_URL=$(wait_for_url "$WORK/php.log" 'http://127\.0\.0\.1:[0-9]*')
"$SIM" --port 0 --log "$WORK/sim.log" >"$WORK/sim.out" 2>&1 &
PIDS+=($!)
SIM_URL=$(wait_for_url "$WORK/sim.out" 'http://127\.0\.0\.1:[0-9]*')
echo "PHP $(php -n -r 'echo PHP_VERSION;') at $PHP_URL, simulator at $SIM_URL"

TOKEN=A8K3J7F2
OP=modulodeprueba
CASE=6074aaa0801374bbbbb781025ccc7d3
VALID=(--form-string "operation=$OP" --form-string "wolkvox-id=$CASE" --form-string case-type=Request
    --form-string responsible=ana@modulodeprueba --form-string status=open --form-string priority=high
    --form-string 'form={}')

# Random contents, so a file swapped for another cannot pass; one larger than PHP's default 2M limit.
for name in a.pdf b.png c.csv d.zip e.pdf; do head -c $((RANDOM % 4000 + 1)) /dev/urandom >"$WORK/$name"; done
head -c $((3 * 1024 * 1024 + 17)) /dev/urandom >"$WORK/big.zip"
: >"$WORK/empty.csv"

PASSED=0
FAILED=0
# check NAME CURL-ARGS...: one identical request to both servers, then compares what each kept. In the
# arguments "@@" stands for "@" and the folder of the test files.
check() {
    local name=$1
    shift
    local args=("${@//@@/@$WORK/}")
    curl -sS -H 'Expect:' -H "Wolkvox-Token: $TOKEN" "${VALID[@]}" "${args[@]}" "$PHP_URL/update.php" \
        >"$WORK/php.json"
    curl -sS -X POST "$SIM_URL/__sim/reset" >/dev/null
    local code
    code=$(curl -sS -o "$WORK/answer.json" -w '%{http_code}' -H 'Expect:' -H "Wolkvox-Token: $TOKEN" \
        "${VALID[@]}" "${args[@]}" "$SIM_URL/server/API/v2/cases/update.php")
    curl -sS "$SIM_URL/__sim/last-request" >"$WORK/last.json"
    curl -sS "$SIM_URL/__sim/case?operation=$OP&id=$CASE" >"$WORK/case.json"

    php -n "$HERE/php_parity_normalize.php" php "$WORK/php.json" >"$WORK/php.lines"
    grep -v '^stored ' "$WORK/php.lines" >"$WORK/php.read" || true
    grep '^stored ' "$WORK/php.lines" >"$WORK/php.stored" || true
    php -n "$HERE/php_parity_normalize.php" sim "$WORK/last.json" >"$WORK/sim.read"
    php -n "$HERE/php_parity_normalize.php" stored "$WORK/case.json" >"$WORK/sim.stored"

    local problems=()
    [ "$code" = 200 ] || problems+=("simulator answered $code: $(cat "$WORK/answer.json")")
    diff -u "$WORK/php.read" "$WORK/sim.read" >"$WORK/diff" \
        || problems+=("\$_FILES/\$_POST differ (- PHP, + simulator):" "$(cat "$WORK/diff")")
    diff -u "$WORK/php.stored" "$WORK/sim.stored" >"$WORK/diff" \
        || problems+=("stored files differ (- PHP, + simulator):" "$(cat "$WORK/diff")")
    if [ ${#problems[@]} -eq 0 ]; then
        PASSED=$((PASSED + 1))
        printf 'ok    %s (%s kept)\n' "$name" "$(wc -l <"$WORK/php.stored")"
    else
        FAILED=$((FAILED + 1))
        printf 'FAIL  %s\n' "$name"
        printf '        %s\n' "${problems[@]}"
    fi
}

for part in file files 'file[]'; do
    check "$part x1" -F "$part=@@a.pdf"
    check "$part x2" -F "$part=@@a.pdf" -F "$part=@@b.png"
    check "$part x3" -F "$part=@@a.pdf" -F "$part=@@b.png" -F "$part=@@c.csv"
done
check "file and files side by side" -F file=@@a.pdf -F files=@@b.png -F file=@@c.csv -F files=@@d.zip
check "file[] then file: the plain name replaces the array" \
    -F 'file[]=@@a.pdf' -F 'file[]=@@b.png' -F file=@@c.csv
check "file then file[]: the array replaces the plain name" \
    -F file=@@a.pdf -F 'file[]=@@b.png' -F 'file[]=@@c.csv'
check "indexed: file[], file[5], file[], file[1] twice" \
    -F 'file[]=@@a.pdf' -F 'file[5]=@@b.png' -F 'file[]=@@c.csv' -F 'file[1]=@@d.zip' -F 'file[1]=@@e.pdf'
check "string indices: file[a], file[b], file[a]" -F 'file[a]=@@a.pdf' -F 'file[b]=@@b.png' -F 'file[a]=@@c.csv'
check "empty file name after a file: UPLOAD_ERR_NO_FILE replaces it" \
    -F file=@@a.pdf -F 'file=@@empty.csv;filename='
check "empty file name in file[]" -F 'file[]=@@a.pdf' -F 'file[]=@@empty.csv;filename=' -F 'file[]=@@b.png'
check "a text part named file leaves the file alone" -F file=@@a.pdf --form-string file=text
check "zero-byte file" -F file=@@empty.csv
check "repeated text fields: the last is read" -F file=@@a.pdf \
    --form-string status=closed --form-string status=open --form-string priority=low --form-string priority=high
check "a malformed name: that file part and every later one are skipped" \
    -F file=@@a.pdf -F 'file[=@@b.png' --form-string note=text -F files=@@c.csv
check "file] is malformed too" -F 'file]=@@a.pdf' -F file=@@b.png
check "so is file[a]b" -F 'file[a]b=@@a.pdf' -F 'file[]=@@b.png'
check "other names reach \$_FILES, not the case" \
    -F attachment=@@a.pdf -F file.x=@@b.png -F 'file[a][b]=@@c.csv' -F file=@@d.zip
check "directories are cut from file names" -F 'file=@@a.pdf;filename=C:\dir\x.pdf' \
    -F 'files=@@b.png;filename=sub/dir/y.png'
check "3 MiB file between small ones" -F 'file[]=@@a.pdf' -F 'file[]=@@big.zip' -F 'file[]=@@b.png'
MANY=()
for i in $(seq 22); do MANY+=(-F "file[]=@@a.pdf;filename=n$i.pdf"); done
check "22 files: max_file_uploads=20 drops the rest" "${MANY[@]}" -F 'file[]=@@empty.csv;filename='

if ! grep -q 'dropped: #1 "a.pdf" as "file" (replaced by #2' "$WORK/sim.log"; then
    FAILED=$((FAILED + 1))
    echo "FAIL  the request log names a dropped file and why"
    grep 'update.php' "$WORK/sim.log" | head -n 3 | sed 's/^/        /'
else
    PASSED=$((PASSED + 1))
    echo "ok    the request log names a dropped file and why"
fi

echo
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
