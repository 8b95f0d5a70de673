#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (new strings arrive unfinished; vanished ones are dropped).
set -euo pipefail
source "$(dirname "$0")/translation-sources.sh"
cd "$CASEDESK_ROOT"
"$LUPDATE" "${LUPDATE_FLAGS[@]}" $(i18n_inputs) -ts translations/casedesk_es.ts translations/casedesk_pt_BR.ts
"$LUPDATE" "${LUPDATE_FLAGS[@]}" -pluralonly $(i18n_inputs) -ts translations/casedesk_en.ts
