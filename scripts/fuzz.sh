#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (ASan + UBSan) and runs each one for a bounded time on a copy of
# its seed corpus. Fails on any crash, leak, timeout, sanitizer report or broken invariant.
#
#   scripts/fuzz.sh                      what CI runs: every harness, 45 s each, two at a time
#   scripts/fuzz.sh --time 3600 apiresult
#                                        one harness for an hour
#   scripts/fuzz.sh --time 600 --keep /tmp/grown
#                                        keep the grown corpora (and any crash) in /tmp/grown/<harness>
#
# The seeds in tests/fuzz/corpus/ are never modified; see docs/FUZZING.md.
source "$(dirname "$0")/lib.sh"

seconds=45
jobs=$(nproc)
keep=
harnesses=()
while [ $# -gt 0 ]; do
    case $1 in
        --time) seconds=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --keep) keep=$2; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
        *) harnesses+=("$1"); shift ;;
    esac
done

FUZZ_BUILD=${CASEDESK_FUZZ_BUILD:-$CASEDESK_ROOT/build-fuzz}
install_packages
if [ ! -f "$FUZZ_BUILD/build.ninja" ]; then
    log "Configuring the fuzz harnesses (clang, libFuzzer, ASan, UBSan) in $FUZZ_BUILD"
    CC=clang CXX=clang++ cmake -S "$CASEDESK_ROOT" -B "$FUZZ_BUILD" -G Ninja -DCASEDESK_FUZZ=ON \
        -DCASEDESK_WERROR=ON -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" \
        >/dev/null
fi
log "Building the fuzz harnesses"
cmake --build "$FUZZ_BUILD" --parallel "$(nproc)"

[ ${#harnesses[@]} -gt 0 ] || mapfile -t harnesses < "$FUZZ_BUILD/fuzz/harnesses.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${keep:-$work}
stamp=$(date +%Y%m%d-%H%M%S) # artifacts of earlier --keep runs do not fail this one

# Leaks count as failures; symbolized stacks for the report.
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0:symbolize=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8

run_one() {
    local name=$1 binary="$FUZZ_BUILD/fuzz/fuzz_$1" seeds="$CASEDESK_ROOT/tests/fuzz/corpus/$1"
    local corpus="$out/$name" dict=()
    [ -x "$binary" ] || { echo "no harness binary $binary" > "$work/$name.log"; echo 2 > "$work/$name.rc"; return; }
    mkdir -p "$corpus" "$out/$name-artifacts/$stamp"
    if [ -d "$seeds" ]; then cp -n "$seeds"/* "$corpus"/; fi
    [ -f "$CASEDESK_ROOT/tests/fuzz/$name.dict" ] && dict=("-dict=$CASEDESK_ROOT/tests/fuzz/$name.dict")
    local rc=0
    "$binary" "$corpus" "${dict[@]}" -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=1024 \
        -timeout=10 -max_len=8192 -print_final_stats=1 -artifact_prefix="$out/$name-artifacts/$stamp/" \
        > "$work/$name.log" 2>&1 || rc=$?
    echo $rc > "$work/$name.rc"
}

log "Fuzzing ${harnesses[*]} for ${seconds}s each, $jobs at a time"
running=0
for name in "${harnesses[@]}"; do
    run_one "$name" &
    running=$((running + 1))
    if [ $running -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

failed=0
printf '%-20s %14s %10s %8s  %s\n' harness executions exec/s corpus result
for name in "${harnesses[@]}"; do
    rc=$(cat "$work/$name.rc" 2>/dev/null || echo 2)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name.log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$name.log" | tail -1)
    units=$(find "$out/$name" -type f 2>/dev/null | wc -l)
    artifacts=$(find "$out/$name-artifacts/$stamp" -type f 2>/dev/null | wc -l)
    result=ok
    if [ "$rc" -ne 0 ] || [ "$artifacts" -gt 0 ]; then
        result="FAILED (exit $rc, $artifacts artifact(s))"
        failed=1
    fi
    printf '%-20s %14s %10s %8s  %s\n' "$name" "${execs:-?}" "${rate:-?}" "$units" "$result"
    if [ "$result" != ok ]; then
        echo "---- $name: last lines of the fuzzer's output" >&2
        grep -v '^#[0-9]' "$work/$name.log" | tail -n 60 >&2
        for artifact in "$out/$name-artifacts/$stamp"/*; do
            [ -f "$artifact" ] || continue
            echo "---- $name: $(basename "$artifact") (base64): $(base64 -w0 < "$artifact" | head -c 4000)" >&2
        done
    fi
done
[ -z "$keep" ] || log "Corpora and artifacts kept in $keep"
exit $failed
