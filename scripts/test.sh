#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with every fuzz harness beside them for a bounded
# time (scripts/fuzz.sh), checks the packages, then builds and runs the whole suite again under
# AddressSanitizer + UndefinedBehaviorSanitizer (scripts/sanitize.sh). This is what CI runs.
# Usage: scripts/test.sh [--quick] [ctest arguments]
#   --quick:    the normal build and its tests only (no fuzzers, no sanitizer build)
source "$(dirname "$0")/lib.sh"

quick=0
case "${1:-}" in
--quick) quick=1; shift ;;
esac
timings=()
timed() { timings+=("$(printf '%-24s %5ds' "$1" $((SECONDS - $2)))"); }

start=$SECONDS
install_packages
timed "packages" $start

start=$SECONDS
build -DCASEDESK_WERROR=ON
timed "build" $start

log "Checking that every string is translated"
translations=0
"$CASEDESK_ROOT/scripts/check-translations.sh" || translations=$?

fuzz=0
if [ $quick -eq 0 ]; then
    # The fuzzers (CPU-bound) run alongside the tests, which mostly wait on the simulator and SQLite.
    fuzz_log=$(mktemp)
    trap 'rm -f "$fuzz_log"' EXIT
    log "Building and running the fuzzers in the background (scripts/fuzz.sh)"
    bash "$CASEDESK_ROOT/scripts/fuzz.sh" > "$fuzz_log" 2>&1 &
    fuzz_pid=$!
fi

log "Running the tests"
start=$SECONDS
tests=0
(cd "$CASEDESK_BUILD" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 --timeout 600 "$@") \
    || tests=$?
timed "tests" $start

# Install layout, desktop metadata, the .deb packages; in CI also the installed binaries.
start=$SECONDS
packaging=0
"$CASEDESK_ROOT/scripts/package-check.sh" "$CASEDESK_BUILD" || packaging=$?
timed "packaging" $start

sanitizers=0
if [ $quick -eq 0 ]; then
    wait $fuzz_pid || fuzz=$?
    cat "$fuzz_log" >&2
    timed "fuzzers, after packaging" $start
fi
if [ $quick -eq 0 ]; then
    start=$SECONDS
    bash "$CASEDESK_ROOT/scripts/sanitize.sh" "$@" || sanitizers=$?
    timed "sanitizers (build + tests)" $start
fi

log "Stage times"
printf '  %s\n' "${timings[@]}" >&2
[ $translations -eq 0 ] || echo "FAILED: translations are incomplete or out of date (see above)" >&2
[ $tests -eq 0 ] || echo "FAILED: tests (see above)" >&2
[ $packaging -eq 0 ] || echo "FAILED: packaging (see above)" >&2
[ $fuzz -eq 0 ] || echo "FAILED: fuzzing found a problem (see above)" >&2
[ $sanitizers -eq 0 ] || echo "FAILED: tests under ASan + UBSan (see above)" >&2
exit $((tests != 0 || translations != 0 || packaging != 0 || fuzz != 0 || sanitizers != 0))
