#!/usr/bin/env bash
# Fails when lupdate would add or drop strings, or when a translation is unfinished or empty.
set -euo pipefail
source "$(dirname "$0")/translation-sources.sh"
cd "$CASEDESK_ROOT"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in translations/casedesk_es.ts translations/casedesk_pt_BR.ts translations/casedesk_en.ts; do
    cp "$ts" "$work/"
    copy="$work/$(basename "$ts")"
    extra=()
    [[ $ts == *_en.ts ]] && extra=(-pluralonly)
    "$LUPDATE" "${LUPDATE_FLAGS[@]}" "${extra[@]}" $(i18n_inputs) -ts "$copy" >"$work/lupdate.log" 2>&1
    if ! cmp -s "$ts" "$copy"; then
        echo "FAIL: $ts is out of date with the sources; run scripts/update-translations.sh and translate:"
        diff -u "$ts" "$copy" | grep -E '^[+-] *<source>' | head -20
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "FAIL: $ts has $unfinished unfinished translations"
        status=1
    fi
    empty=$(grep -cE '<translation>\s*</translation>|<numerusform>\s*</numerusform>' "$ts" || true)
    if [ "$empty" -ne 0 ]; then
        echo "FAIL: $ts has $empty empty translations"
        status=1
    fi
done
# The Spanish is written for Latin America, where the agents are: not Spain's variant.
if ! grep -q '<TS version="2.1" language="es_419">' translations/casedesk_es.ts; then
    echo "FAIL: translations/casedesk_es.ts must declare language=\"es_419\" (Latin American Spanish)"
    status=1
fi
[ $status -eq 0 ] && echo "translations: complete and up to date"
exit $status
