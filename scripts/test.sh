#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Usage: scripts/test.sh [ctest arguments]
source "$(dirname "$0")/lib.sh"

install_packages
build -DCASEDESK_WERROR=ON

log "Checking that every string is translated"
translations=0
"$CASEDESK_ROOT/scripts/check-translations.sh" || translations=$?

log "Running the tests"
cd "$CASEDESK_BUILD"
tests=0
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 --timeout 600 "$@" || tests=$?

# Install layout, desktop metadata, the .deb packages; in CI also the installed binaries.
packaging=0
"$CASEDESK_ROOT/scripts/package-check.sh" "$CASEDESK_BUILD" || packaging=$?
[ $translations -eq 0 ] || echo "FAILED: translations are incomplete or out of date (see above)" >&2
[ $packaging -eq 0 ] || echo "FAILED: packaging (see above)" >&2
exit $((tests != 0 || translations != 0 || packaging != 0))
