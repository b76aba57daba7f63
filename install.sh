#!/usr/bin/env bash
# Installs eCabinet into ./.venv on a Debian-like machine: the few Debian libraries Qt needs, the fonts
# that render Vietnamese and Lao, and the Python packages. Safe to run again; it only adds what is missing.
#   ./install.sh         the app and server
#   ./install.sh test    ... plus what the tests need
set -euo pipefail
cd "$(dirname "$0")"

EXTRAS=""
if [ "${1:-}" = "test" ]; then EXTRAS="[test]"; fi

DEBIAN_PACKAGES=(
  python3-venv
  # Qt (PySide6-Essentials wheels bring Qt itself; these are the system libraries it loads)
  libegl1 libgl1 libopengl0 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  # Qt's xcb platform, for a real window on X11 (offscreen tests do not need these)
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1
  # Fonts with Vietnamese and Lao glyphs (Noto, SIL OFL 1.1)
  fonts-noto-core
  # OCR of scanned uploads (the server; PyMuPDF carries Tesseract itself and reads this language data)
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-vie tesseract-ocr-lao
)

if [ -n "$EXTRAS" ]; then
  # The benchmarks compare our page rendering with poppler's pdftoppm; the signature tests ask poppler's
  # pdfsig (with an NSS database made by certutil) for a second opinion and sign with a SoftHSM2 token
  # (pkcs11-tool from opensc writes the certificate onto it).
  DEBIAN_PACKAGES+=(poppler-utils libnss3-tools softhsm2 opensc)
  # Directory sign-in is tested against a real OpenLDAP server (slapd, started per test run on 127.0.0.1).
  DEBIAN_PACKAGES+=(slapd ldap-utils)
fi

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    echo "Installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "Not a Debian-like system: install Qt's system libraries and Noto fonts (Lao, Vietnamese) yourself." >&2
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${EXTRAS}"
echo "eCabinet installed in $(pwd)/.venv"
