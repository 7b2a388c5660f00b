#!/bin/sh
# Regenerates every icon size from hongshu-studio.svg (needs ImageMagick and python3).
set -e
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256 512; do convert -background none hongshu-studio.svg -resize ${s}x${s} hongshu-studio-$s.png; done
convert hongshu-studio-16.png hongshu-studio-24.png hongshu-studio-32.png hongshu-studio-48.png \
  hongshu-studio-64.png hongshu-studio-256.png hongshu-studio.ico
# ICNS is a list of (type, length, PNG bytes) entries behind an 'icns' header.
python3 - <<'PY'
import struct
entries = [(b'icp4', 16), (b'icp5', 32), (b'icp6', 64), (b'ic07', 128), (b'ic08', 256), (b'ic09', 512)]
body = b''
for kind, size in entries:
    data = open('hongshu-studio-%d.png' % size, 'rb').read()
    body += kind + struct.pack('>I', len(data) + 8) + data
open('hongshu-studio.icns', 'wb').write(b'icns' + struct.pack('>I', len(body) + 8) + body)
PY
cp hongshu-studio-16.png hongshu-studio-32.png hongshu-studio-64.png hongshu-studio-128.png hongshu-studio-256.png \
  ../../studio/app/src/main/resources/icons/
