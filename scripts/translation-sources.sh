# Sourced: the one definition of what lupdate scans and how, shared by update- and check-translations.sh.
CASEDESK_ROOT=${CASEDESK_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
# src/sim is plain C++ for the simulator and has no user-facing strings of the app.
i18n_inputs() { (cd "$CASEDESK_ROOT" && echo src/core src/gui src/cli src/app ui); }
LUPDATE_FLAGS=(-no-obsolete -locations none -extensions cpp,h,ui)
