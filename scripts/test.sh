#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Usage: scripts/test.sh [ctest arguments]
source "$(dirname "$0")/lib.sh"

install_packages
build -DCASEDESK_WERROR=ON

log "Running the tests"
cd "$CASEDESK_BUILD"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 --timeout 600 "$@"
