#!/usr/bin/env bash
# gwcheck's one entry point: installs what is missing, builds and packages the extension.
#
#   ./build-oxt.sh [build]   install missing Debian packages, configure and build in build/,
#                            package build/gwcheck.oxt
#   ./build-oxt.sh install   build, then add build/gwcheck.oxt to LibreOffice with unopkg,
#                            replacing an installed older version:
#                              - as a normal user: into that user's LibreOffice profile;
#                              - as root: unopkg refuses per-user installs, so the extension goes
#                                into the shared layer (/usr/lib/libreoffice, every user of the
#                                machine sees it);
#                              - with GWCHECK_PROFILE=/some/dir: into that private profile only
#                                (start soffice with -env:UserInstallation=file:///some/dir and
#                                the two -env: settings this script prints).
#                            Close LibreOffice first: unopkg cannot change a running office.
#   ./build-oxt.sh test      build, then run every test (ctest --output-on-failure in build/);
#                            extra arguments go to ctest, e.g. `./build-oxt.sh test -L unit`
#   ./build-oxt.sh demo      build, install, then batch-check examples/ with the CLI
#
# Environment: GWCHECK_BUILD_DIR (default build/), GWCHECK_PROFILE (see install), JOBS.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD=${GWCHECK_BUILD_DIR:-$ROOT/build}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
OXT=$BUILD/gwcheck.oxt
# libreoffice-l10n-zh-cn gives Writer its Chinese UI, in which gwcheck speaks Chinese.
PACKAGES=(libreoffice-writer libreoffice-dev libreoffice-dev-common libreoffice-l10n-zh-cn python3-uno
          libicu-dev libboost-test-dev nlohmann-json3-dev libzip-dev libcli11-dev fonts-noto-cjk xvfb cmake g++ pkg-config)
# Only the tests need these: screenshots of Writer under Xvfb, the HTML report in a browser,
# .docx written by a non-LibreOffice writer (python-docx), measuring formatted pages in PDF (poppler),
# real mouse clicks on the structure view (xdotool).
TEST_PACKAGES=(imagemagick chromium python3-docx poppler-utils xdotool)

say() { printf 'build-oxt.sh: %s\n' "$*"; }
die() { printf 'build-oxt.sh: error: %s\n' "$*" >&2; exit 1; }

# ensure_packages PACKAGE...: installs those of them that are missing.
ensure_packages() {
    local missing=() package
    if ! command -v dpkg-query >/dev/null; then
        say "not a Debian system: make sure these are installed: $*"
        return
    fi
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null ||
            die "missing packages: ${missing[*]} (not root and no sudo: install them and run again)"
        sudo=(sudo)
    fi
    say "installing missing packages: ${missing[*]}"
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    ensure_packages "${PACKAGES[@]}"
    if [ ! -f "$BUILD/CMakeCache.txt" ]; then
        say "configuring in $BUILD"
        cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    say "building with $JOBS jobs"
    cmake --build "$BUILD" -j"$JOBS"
    [ -f "$OXT" ] || die "the build did not produce $OXT"
    say "packaged $OXT"
}

# unopkg's options for the chosen target, see the header.
unopkg_target() {
    if [ -n "${GWCHECK_PROFILE:-}" ]; then
        local profile url
        profile=$(mkdir -p "$GWCHECK_PROFILE" && cd "$GWCHECK_PROFILE" && pwd)
        url="file://$profile"
        if [ ! -d "$profile/user" ]; then
            # A brand-new profile must exist before unopkg writes into it, or the first start
            # of soffice can drop the component registration.
            soffice "-env:UserInstallation=$url" --headless --norestore --terminate_after_init
        fi
        UNOPKG_ARGS=(--shared "-env:UserInstallation=$url" "-env:UNO_SHARED_PACKAGES_CACHE=$url/shared"
                     "-env:SHARED_EXTENSIONS_USER=$url/shared_user")
    elif [ "$(id -u)" -eq 0 ]; then
        UNOPKG_ARGS=(--shared)
    else
        UNOPKG_ARGS=()
    fi
}

install_oxt() {
    unopkg_target
    say "installing $OXT (unopkg add ${UNOPKG_ARGS[*]})"
    unopkg add -f -s "${UNOPKG_ARGS[@]}" "$OXT"
    local listing
    listing=$(unopkg list "${UNOPKG_ARGS[@]}" 2>&1)
    printf '%s\n' "$listing" | grep -E 'Identifier: org.gwcheck|Version:|is registered:' || true
    if ! printf '%s\n' "$listing" | grep -q 'Identifier: org.gwcheck.extension' ||
        printf '%s\n' "$listing" | grep -q 'is registered: no'; then
        printf '%s\n' "$listing" >&2
        die "unopkg did not register every part of the extension"
    fi
    say "installed; every part of the extension is registered"
    if [ -n "${GWCHECK_PROFILE:-}" ]; then
        say "start LibreOffice with: soffice ${UNOPKG_ARGS[*]:1}"
    fi
}

run_tests() {
    say "running the tests in $BUILD"
    (cd "$BUILD" && ctest --output-on-failure "$@")
}

demo() {
    install_oxt
    local cli=$BUILD/src/cli/gwcheck
    if [ ! -x "$cli" ]; then
        say "the CLI ($cli) has not been built yet: nothing to demonstrate beyond the installed extension"
        return 0
    fi
    say "batch check of examples/: $cli check $ROOT/examples"
    local status=0
    "$cli" check "$ROOT/examples" || status=$?
    # 1 means "findings at or above --fail-on": exactly what the examples are for.
    if [ "$status" -gt 1 ]; then
        die "the batch check failed (exit code $status)"
    fi
    say "done: the findings above come from headless soffice running the gwcheck extension"
}

command=${1:-build}
[ $# -gt 0 ] && shift
case "$command" in
    build) build ;;
    install) build; install_oxt ;;
    test) ensure_packages "${TEST_PACKAGES[@]}"; build; run_tests "$@" ;;
    demo) build; demo ;;
    -h|--help|help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' ;;
    *) die "unknown command \"$command\" (build, install, test, demo)" ;;
esac
