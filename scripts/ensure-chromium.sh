#!/usr/bin/env bash
# Make headless Chromium and its WebDriver available for the browser tests and PNG/PDF export
# (Debian packages chromium, chromium-driver and chromium-headless-shell: the exports use the
# shell, which opens no socket). Installs them when missing and we are root; otherwise says
# so: the browser tests then skip with that reason.
set -uo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
    && command -v chromium-headless-shell >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing chromium, chromium-driver and chromium-headless-shell (Debian) for the browser tests"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -qq && apt-get install -y -qq chromium chromium-driver \
        chromium-headless-shell; } \
        > /tmp/geo-apt.log 2>&1; then
        tail -n 20 /tmp/geo-apt.log
        exit 1
    fi
else
    echo "note: chromium is missing and cannot be installed here (need root and apt-get);" \
         "browser tests will skip" >&2
fi
