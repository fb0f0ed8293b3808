#!/bin/sh
# The browser tests drive Debian's chromium (playwright-core cannot download
# its own browser here) and read printed PDFs with poppler's pdftotext.
# Install what is missing; needs root, as CI has.
set -eu
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium fonts-dejavu-core"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "missing:$missing; installing needs root: apt-get install$missing" >&2
  exit 1
fi
apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
