# Shared by run.sh and test.sh: install what is missing, configure, build. Sourced, not run.
set -euo pipefail

CASEDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CASEDESK_BUILD=${CASEDESK_BUILD:-$CASEDESK_ROOT/build}

# Debian 12 packages the build, the tests and the demo need.
CASEDESK_PACKAGES=(
    cmake ninja-build g++ pkg-config lld # lld: a fifth of GNU ld's link time (cmake/CompilerSettings.cmake)
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev libxkbcommon-dev
    qt6-svg-dev # the status badges are SVG files (resources/badges)
    libcpp-httplib-dev nlohmann-json3-dev libssl-dev openssl curl
    php8.2-cli # the simulator's reading of attachments is checked against PHP's own parser
    libsqlite3-dev # tests veto a commit through SQLite's commit hook
    dbus gnome-keyring libsecret-1-0 # a private Secret Service for the keychain test
    librsvg2-bin help2man # the icon's PNG sizes and the man pages, made at build time
    desktop-file-utils appstream dpkg-dev file xz-utils # scripts/package-check.sh and CPack's .deb
    clang libclang-rt-14-dev llvm # libFuzzer harnesses (scripts/fuzz.sh); llvm-symbolizer for reports
)

log() { if [ -t 2 ]; then printf '\033[1m==> %s\033[0m\n' "$*" >&2; else printf '==> %s\n' "$*" >&2; fi; }

install_packages() {
    local missing=()
    for pkg in "${CASEDESK_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    local type=${CASEDESK_BUILD_TYPE:-RelWithDebInfo}
    if [ ! -f "$CASEDESK_BUILD/build.ninja" ]; then
        log "Configuring ($type) in $CASEDESK_BUILD"
        # A unity build: a fresh build (CI, a new machine) parses Qt's headers once per batch of files
        # instead of once per file. Developers who rebuild one file at a time configure their own tree.
        cmake -S "$CASEDESK_ROOT" -B "$CASEDESK_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
            -DCMAKE_UNITY_BUILD=ON "$@" >/dev/null
    elif [ $# -gt 0 ]; then
        cmake "$CASEDESK_BUILD" "$@" >/dev/null
    fi
    log "Building"
    cmake --build "$CASEDESK_BUILD" --parallel "$(nproc)"
}
