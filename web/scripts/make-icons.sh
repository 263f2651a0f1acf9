#!/bin/sh
# Renders the PNG app icons in public/icons/ from the mark below, with headless Chromium.
# Run once by hand when the mark changes (the PNGs are committed; the build does not run this).
#   icon-192.png, icon-512.png: the mark on a full square (purpose "any")
#   icon-maskable-512.png:      the mark inside the central safe zone (purpose "maskable")
set -eu
cd "$(dirname "$0")/../public/icons"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# $1 size in px, $2 scale of the house within the square, $3 output file
render() {
  cat > "$tmp/icon.html" <<HTML
<!doctype html><html><head><style>
html,body{margin:0;background:#1c5447}
svg{display:block;width:$1px;height:$1px}
</style></head><body>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="#1c5447"/>
  <g transform="translate(256 272) scale($2) translate(-256 -256)">
    <path d="M256 96 L416 224 V416 H96 V224 Z" fill="#fbfaf7" stroke="#fbfaf7" stroke-width="24" stroke-linejoin="round"/>
    <path d="M208 416 V304 a48 48 0 0 1 96 0 V416 Z" fill="#f2b84b"/>
  </g>
</svg></body></html>
HTML
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$1,$1" --screenshot="$PWD/$3" "file://$tmp/icon.html" 2>/dev/null
}

render 192 1 icon-192.png
render 512 1 icon-512.png
render 512 0.75 icon-maskable-512.png
