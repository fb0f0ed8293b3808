#!/bin/sh
# `npm test` runs this first (pretest). The browser tests drive a real
# Chromium through playwright-core, which cannot download its own browser
# here, and read the printed report with poppler's pdftotext. What is
# missing is installed from Debian with apt-get, which needs root; this
# says what it installs and why before it does. Without root or apt-get it
# stops, and npm test stops with it: no half-run suite. CHROMIUM_PATH (the
# one variable test/browser/chromium.ts reads) names a browser you already
# have; then nothing is installed.
set -eu

stop() {
  echo "$1" >&2
  echo "Mail Lab's tests did not run." >&2
  exit 1
}

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || stop "CHROMIUM_PATH is $CHROMIUM_PATH, which is not an executable file. Point it at a Chromium or Chrome binary."
  command -v pdftotext >/dev/null 2>&1 ||
    stop "CHROMIUM_PATH is set, so nothing is installed, but pdftotext is missing: the print test reads the printed PDF with it. Install poppler (Debian: apt-get install poppler-utils)."
  exit 0
fi

missing=""
why=""
if [ ! -x /usr/bin/chromium ]; then
  missing="$missing chromium fonts-dejavu-core"
  why="$why
  chromium            the browser the page tests drive (expected at /usr/bin/chromium)
  fonts-dejavu-core   a font, so pages, screenshots and the printed PDF render text"
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  missing="$missing poppler-utils"
  why="$why
  poppler-utils       pdftotext, which reads the printed report back"
fi
[ -z "$missing" ] && exit 0

alternative="Or set CHROMIUM_PATH to a Chromium or Chrome you already have (then nothing is installed; pdftotext must be on the PATH)."
if ! command -v apt-get >/dev/null 2>&1; then
  stop "The browser tests need these packages, and this is not a Debian-like system (no apt-get):$why
Install them with your package manager. $alternative"
fi
if [ "$(id -u)" != 0 ]; then
  stop "The browser tests need these Debian packages, and installing them needs root:$why
Run as root:  apt-get update && apt-get install$missing
$alternative"
fi

echo "Installing Debian packages for the browser tests with apt-get:$why"
apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
echo "Installed:$missing"
