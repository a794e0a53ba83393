# shellcheck shell=bash
# Shared setup for scripts/demo and scripts/test. Source it, then call
# kiosk_setup. It:
#   1. installs the Debian/Ubuntu packages Kiosk needs (apt-get, with sudo when
#      not root; `apt-get update` only when something is missing, so a second
#      run is fast and works offline);
#   2. checks that python3 is 3.11 or newer;
#   3. creates .venv at the repository root if it is missing or broken;
#   4. runs `pip install -e '.[test]'`, skipped when pyproject.toml has not
#      changed since the last successful install (hash in .venv/.kiosk-installed).
#
# Environment knobs:
#   KIOSK_PYTHON=/path/to/python3   interpreter used to create .venv (default: python3)
#   KIOSK_SKIP_APT=1                do not touch system packages
#   KIOSK_FORCE_PIP=1               reinstall Python packages even if up to date

KIOSK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KIOSK_VENV="$KIOSK_ROOT/.venv"
KIOSK_STAMP="$KIOSK_VENV/.kiosk-installed"

# Every system package Kiosk needs, in one place. Later capabilities append
# here (e.g. sane-utils, cups, bubblewrap, mosquitto, mtools). Names are the
# Debian 12 ones: kiosk_apt_resolve picks NAMEt64 where a distribution
# renamed the package (Ubuntu 24.04, Debian 13).
KIOSK_APT_PACKAGES=(
    # Python
    python3 python3-venv python3-pip
    # Qt runtime libraries for the PySide6 wheels (needed even offscreen,
    # QtWebEngine included)
    libegl1 libgl1 libx11-6 libxcomposite1 libxdamage1 libxext6 libxfixes3
    libxrandr2 libxtst6 libasound2 libbrotli1 libdbus-1-3 libfontconfig1
    libfreetype6 libgbm1 libglib2.0-0 libnspr4 libnss3 libxcb-dri3-0 libxcb1
    libxkbcommon0 libxkbfile1
    # A real window: X11 (xcb platform plugin) and Wayland
    libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
    libxcb-cursor0 libx11-xcb1 libxcb-glx0 libxcb-shm0 libxcb-sync1
    libxcb-util1 libxcb-render0
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    # Sound, speech, printing
    libpulse0 libspeechd2 libcups2
    # Read-aloud: speech-dispatcher with espeak-ng voices (offline)
    speech-dispatcher speech-dispatcher-espeak-ng
    # Fonts (Noto for Arabic script coverage)
    fonts-dejavu-core fonts-noto-core
    # A real X server for tests that need one
    xvfb xauth
    # "Call a mediator": the site's MQTT broker (the help tests start their own instance)
    mosquitto
    # Scanning: SANE's scanimage runs in its own process (the tests use its `test` backend)
    sane-utils libsane1
    # Printing: CUPS, a PDF queue (the tests start a private cupsd), and what pip needs
    # to build pycups against libcups
    cups cups-client cups-bsd printer-driver-cups-pdf libcups2-dev gcc python3-dev
    # Checking PDFs in tests and screenshots
    qpdf poppler-utils
    # The safe's exports are opened with standard tools in the tests
    age unzip
    # Safe USB reading: the sandbox, and libmagic's second opinion on each file's type
    bubblewrap libmagic1
    # Safe USB reading: FAT images in tests, and the benchmark's reference (file)
    mtools dosfstools file
    # USB sticks: udev reports them, udisks2 mounts them read-only over D-Bus (the tests start
    # their own dbus-daemon, udevd and udisksd, on loop devices made with mkfs.ext4/mkfs.vfat)
    udisks2 dbus udev e2fsprogs
    # Files from sticks are also scanned by ClamAV when clamd runs (the tests start their own,
    # with a one-signature database: no download)
    clamav-daemon
)

# Installed when the distribution has them, skipped with a note otherwise: Chromium is the
# browser benchmark's reference (Ubuntu ships it only as a snap, which apt cannot install).
KIOSK_APT_OPTIONAL=(
    chromium
)
KIOSK_OPTIONAL_STAMP="$KIOSK_ROOT/.kiosk-apt-optional-checked"

kiosk_say() { printf '==> %s\n' "$*"; }
kiosk_warn() { printf 'warning: %s\n' "$*" >&2; }
kiosk_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
kiosk_as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        kiosk_die "installing system packages needs root, and sudo is not installed: run this script as root, or install the packages yourself and set KIOSK_SKIP_APT=1."
    fi
}

kiosk_apt_get() {
    kiosk_as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=300 "$@"
}

# Prints the name under which package $1 can be installed here: NAME itself,
# else NAMEt64 (the 64-bit time_t rename, e.g. libasound2 -> libasound2t64 on
# Ubuntu 24.04). Fails when neither is known to apt.
kiosk_apt_resolve() {
    local candidate info
    for candidate in "$1" "${1}t64"; do
        # A purely virtual name (the old name after a t64 rename) prints no
        # "Package:" record, so it does not count.
        info="$(apt-cache show --no-all-versions "$candidate" 2>/dev/null || true)"
        if [[ $info == *"Package: $candidate"* ]]; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 1
}

kiosk_install_system_packages() {
    if [[ ${KIOSK_SKIP_APT:-} == 1 ]]; then
        kiosk_say "System packages: skipped (KIOSK_SKIP_APT=1)."
        return 0
    fi
    if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
        kiosk_warn "this is not a Debian/Ubuntu system, so system packages are not installed automatically; make sure the equivalents of these are present: ${KIOSK_APT_PACKAGES[*]}"
        return 0
    fi

    # Which packages are installed, under either name? One dpkg-query call.
    local -A installed=()
    local pkg status
    local -a queried=()
    for pkg in "${KIOSK_APT_PACKAGES[@]}"; do
        queried+=("$pkg" "${pkg}t64")
    done
    while read -r pkg status; do
        [[ $status == *" installed" ]] && installed[$pkg]=1
    done < <(dpkg-query -W -f='${Package} ${Status}\n' "${queried[@]}" 2>/dev/null || true)

    for pkg in "${KIOSK_APT_OPTIONAL[@]}"; do
        dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q " installed$" \
            && installed[$pkg]=1
    done

    local -a missing=()
    for pkg in "${KIOSK_APT_PACKAGES[@]}"; do
        if [[ -z ${installed[$pkg]:-} && -z ${installed[${pkg}t64]:-} ]]; then
            missing+=("$pkg")
        fi
    done
    # Optional packages are looked for once (and whenever something else is missing).
    local -a optional=()
    for pkg in "${KIOSK_APT_OPTIONAL[@]}"; do
        if [[ -z ${installed[$pkg]:-} ]] && { [[ ! -f $KIOSK_OPTIONAL_STAMP ]] \
            || [[ ${#missing[@]} -gt 0 ]]; }; then
            optional+=("$pkg")
        fi
    done
    if [[ ${#missing[@]} -eq 0 && ${#optional[@]} -eq 0 ]]; then
        kiosk_say "System packages: all ${#KIOSK_APT_PACKAGES[@]} present."
        return 0
    fi

    kiosk_say "System packages: installing what is missing (${missing[*]} ${optional[*]})."
    if ! kiosk_apt_get update -qq; then
        kiosk_warn "apt-get update failed (offline?); trying with the package lists already on this machine."
    fi

    local -a to_install=() unknown=()
    local name
    for pkg in "${missing[@]}"; do
        if name="$(kiosk_apt_resolve "$pkg")"; then
            to_install+=("$name")
        else
            unknown+=("$pkg")
        fi
    done
    if [[ ${#unknown[@]} -gt 0 ]]; then
        kiosk_die "apt does not know these packages (nor their t64 names): ${unknown[*]}. Kiosk supports Debian 12 and Ubuntu 24.04; on another release, install their equivalents and set KIOSK_SKIP_APT=1."
    fi
    for pkg in "${optional[@]}"; do
        if name="$(kiosk_apt_resolve "$pkg")"; then
            to_install+=("$name")
        else
            kiosk_say "Optional package $pkg is not available here; skipping it (only the browser benchmark's reference needs it)."
        fi
    done
    touch "$KIOSK_OPTIONAL_STAMP" 2>/dev/null || true
    [[ ${#to_install[@]} -eq 0 ]] && return 0
    if ! kiosk_apt_get install -y -q --no-install-recommends "${to_install[@]}"; then
        kiosk_die "apt-get could not install the system packages Kiosk needs (${to_install[*]}); see the messages above."
    fi
}

# True when interpreter $1 runs and is Python 3.11 or newer.
kiosk_python_is_recent() {
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null
}

kiosk_check_python() {
    local py="${KIOSK_PYTHON:-python3}"
    if ! command -v "$py" >/dev/null 2>&1; then
        kiosk_die "Kiosk needs Python 3.11 or newer, and '$py' was not found; install python3 (Debian 12 and Ubuntu 24.04 ship a recent enough one)."
    fi
    if ! kiosk_python_is_recent "$py"; then
        local version
        version="$("$py" -c 'import platform; print(platform.python_version())' 2>/dev/null || echo unknown)"
        kiosk_die "Kiosk needs Python 3.11 or newer, but '$py' is Python $version; install a newer one and run again with KIOSK_PYTHON=/path/to/python3.11 (Debian 12 and Ubuntu 24.04 ship a recent enough python3)."
    fi
}

kiosk_make_venv() {
    local py="${KIOSK_PYTHON:-python3}"
    if [[ -x $KIOSK_VENV/bin/python && -x $KIOSK_VENV/bin/pip ]] \
        && kiosk_python_is_recent "$KIOSK_VENV/bin/python"; then
        return 0
    fi
    if [[ -e $KIOSK_VENV ]]; then
        kiosk_say "Python environment: .venv is broken or too old; recreating it."
        rm -rf -- "$KIOSK_VENV"
    fi
    kiosk_say "Python environment: creating .venv with $(command -v "$py")."
    if ! "$py" -m venv "$KIOSK_VENV"; then
        rm -rf -- "$KIOSK_VENV"
        kiosk_die "could not create .venv with '$py -m venv' (on Debian/Ubuntu this needs the python3-venv package)."
    fi
}

kiosk_pip_install() {
    local hash
    hash="$(sha256sum "$KIOSK_ROOT/pyproject.toml" | cut -d' ' -f1)"
    if [[ ${KIOSK_FORCE_PIP:-} != 1 && -f $KIOSK_STAMP && -x $KIOSK_VENV/bin/kiosk ]] \
        && [[ "$(cat "$KIOSK_STAMP")" == "$hash" ]]; then
        kiosk_say "Python packages: up to date (pyproject.toml unchanged)."
        return 0
    fi
    kiosk_say "Python packages: pip install -e '.[test]' (a first install downloads PySide6, a few hundred MB)."
    rm -f -- "$KIOSK_STAMP"
    if ! (cd "$KIOSK_ROOT" && PIP_DISABLE_PIP_VERSION_CHECK=1 \
        "$KIOSK_VENV/bin/python" -m pip install --quiet --progress-bar off -e '.[test]'); then
        kiosk_die "pip could not install Kiosk and its dependencies into .venv; see the messages above."
    fi
    printf '%s\n' "$hash" >"$KIOSK_STAMP"
}

kiosk_setup() {
    kiosk_install_system_packages
    kiosk_check_python
    kiosk_make_venv
    kiosk_pip_install
}
