#!/usr/bin/env bash
# Installs the built .deb on this machine (root), starts the installed studio once, uninstalls it, and checks that the
# user's workspace is still there. Run packaging/build.sh deb first.
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=$(ls packaging/target/hongshu-studio_*.deb | head -n 1)
WS=$(mktemp -d)/workspace

# dpkg -i does not fetch dependencies: install the ones the package declares (as `apt install ./file.deb` would).
DEPS=$(dpkg-deb -f "$DEB" Depends | tr ',' '\n' | sed -e 's/([^)]*)//' -e 's/|.*//' | xargs)
if [ -n "$DEPS" ] && ! dpkg -s $DEPS >/dev/null 2>&1; then
  apt-get install -y -qq $DEPS >/dev/null
fi
dpkg -i "$DEB"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :88 -screen 0 1600x1000x24 >/dev/null 2>&1 & XVFB=$!
  trap 'kill $XVFB 2>/dev/null || true' EXIT
  export DISPLAY=:88
fi
/opt/hongshu-studio/bin/hongshu-studio --data-dir "$WS" --quit-after-startup
test -f /opt/hongshu-studio/lib/app/studio.jsa && echo "CDS archive present"
dpkg -r hongshu-studio
test ! -e /opt/hongshu-studio && echo "application removed"
test -f "$WS/studio.db" && echo "workspace kept: $WS"
