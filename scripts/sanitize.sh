#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan) and runs the whole test
# suite there. Any report fails the run: in a test itself (its exit code), and in every process a test
# starts — simulator, window, CLI — whose reports go to files in one folder that must stay empty.
# Usage: scripts/sanitize.sh [ctest arguments]
source "$(dirname "$0")/lib.sh"

ASAN_BUILD=${CASEDESK_ASAN_BUILD:-$CASEDESK_ROOT/build-asan}
install_packages
if [ ! -f "$ASAN_BUILD/build.ninja" ]; then
    log "Configuring the sanitizer build in $ASAN_BUILD"
    # Made to fit CI beside the normal build: clang (the fuzzers' compiler, faster than g++ here), a unity
    # build (each library parses Qt's headers a few times instead of once per file), -O0 and line tables
    # only: file:line stacks at a third of the compile time of -O1 -g (the tests mostly wait on the
    # network and SQLite, so they barely notice). Debug keeps Q_ASSERT on. Warnings are the normal build's
    # job (-Werror there).
    CC=clang CXX=clang++ cmake -S "$CASEDESK_ROOT" -B "$ASAN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        "-DCMAKE_CXX_FLAGS_DEBUG=-O0 -gline-tables-only" -DCMAKE_UNITY_BUILD=ON -DCASEDESK_SANITIZE=ON >/dev/null
fi
log "Building with ASan and UBSan"
cmake --build "$ASAN_BUILD" --parallel "$(nproc)"

reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT
# Reports go to $reports/<kind>.<program>.<pid> from every process that inherits this environment.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:log_path=$reports/asan:log_exe_name=1:print_suppressions=0\
:strict_string_checks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$CASEDESK_ROOT/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan:log_exe_name=1"

log "Running the tests under ASan and UBSan"
cd "$ASAN_BUILD"
tests=0
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 --timeout 900 "$@" || tests=$?

found=$(find "$reports" -type f | sort)
if [ -n "$found" ]; then
    for report in $found; do
        echo "==== sanitizer report $(basename "$report")" >&2
        cat "$report" >&2
    done
    echo "FAILED: $(echo "$found" | wc -l) sanitizer report(s) (see above)" >&2
fi
exit $((tests != 0 || ${#found} != 0))
