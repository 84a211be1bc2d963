#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the app icon (ch.welcome.Welcome.svg) into the sizes each platform asks for. The PNGs are committed, so
# building needs no SVG renderer; run this after changing the SVG (needs librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
svg=ch.welcome.Welcome.svg
for d in mdpi:48 hdpi:72 xhdpi:96 xxhdpi:144 xxxhdpi:192; do
  mkdir -p ../android/res/mipmap-${d%%:*}
  rsvg-convert -w ${d##*:} -h ${d##*:} "$svg" -o ../android/res/mipmap-${d%%:*}/ic_launcher.png
done
mkdir -p ../ios/Assets.xcassets/AppIcon.appiconset
rsvg-convert -w 1024 -h 1024 -b '#0B5394' "$svg" -o ../ios/Assets.xcassets/AppIcon.appiconset/icon-1024.png
