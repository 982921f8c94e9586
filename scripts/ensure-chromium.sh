#!/usr/bin/env bash
# Make headless Chromium and its WebDriver available for the browser tests and PNG/PDF export
# (Debian packages chromium and chromium-driver), and chromium-headless-shell, which the
# exports prefer because it opens no socket. Installs them when missing and we are root;
# otherwise says so: the browser tests then skip with that reason. The shell is optional:
# without it the exports use chromium itself, and its offline test skips.
set -uo pipefail
have() { command -v "$1" >/dev/null 2>&1; }
if have chromium && have chromedriver && have chromium-headless-shell; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && have apt-get; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq > /tmp/geo-apt.log 2>&1
    if ! { have chromium && have chromedriver; }; then
        echo "installing chromium and chromium-driver (Debian) for the browser tests"
        if ! apt-get install -y -qq chromium chromium-driver >> /tmp/geo-apt.log 2>&1; then
            tail -n 20 /tmp/geo-apt.log
            exit 1
        fi
    fi
    if ! have chromium-headless-shell; then
        echo "installing chromium-headless-shell (Debian) for socket-free PNG/PDF export"
        apt-get install -y -qq chromium-headless-shell >> /tmp/geo-apt.log 2>&1 \
            || echo "note: chromium-headless-shell could not be installed; exports use chromium" >&2
    fi
else
    echo "note: chromium is missing and cannot be installed here (need root and apt-get);" \
         "browser tests will skip" >&2
fi
