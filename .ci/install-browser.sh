#!/usr/bin/env bash
# Install Debian's chromium and chromium-driver (and a font with Arabic glyphs, for legible
# screenshots) for the dashboard's browser test, if missing.
# Idempotent: does nothing when both are present. Needs root (CI runs as root) or sudo.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null | head -n1) and chromedriver already installed"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core
/usr/bin/chromium --version
/usr/bin/chromedriver --version
