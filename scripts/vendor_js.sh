#!/bin/sh
# Re-vendor the browser libraries the web pages load (no CDN at run time), at pinned versions,
# from the npm registry with `npm pack`: only the minified builds and the licence files are kept.
#   sh scripts/vendor_js.sh        (or: make vendor)
# Change a version here, run it, commit ccpcj_kg/web/static/vendor/ and update its README.md.
set -eu
YASGUI_VERSION=4.2.28   # @triply/yasgui: the SPARQL editor and results viewer of the query page
D3_VERSION=7.9.0        # d3: the charts
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENDOR="$ROOT/ccpcj_kg/web/static/vendor"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack --silent "@triply/yasgui@$YASGUI_VERSION" "d3@$D3_VERSION" >/dev/null
mkdir yasgui d3
tar xzf "triply-yasgui-$YASGUI_VERSION.tgz" -C yasgui
tar xzf "d3-$D3_VERSION.tgz" -C d3
rm -rf "$VENDOR/yasgui" "$VENDOR/d3"
mkdir -p "$VENDOR/yasgui" "$VENDOR/d3"
cp yasgui/package/build/yasgui.min.js yasgui/package/build/yasgui.min.css "$VENDOR/yasgui/"
cp yasgui/package/LICENSE.txt "$VENDOR/yasgui/LICENSE.txt"
cp yasgui/package/build/yasgui.min.js.LICENSE.txt "$VENDOR/yasgui/THIRD-PARTY-LICENSES.txt"
# The bundle ends with a pointer to a source map we do not ship: drop it (no 404 in the console).
sed -i '/^\/\/# sourceMappingURL=/d' "$VENDOR/yasgui/yasgui.min.js"
cp d3/package/dist/d3.min.js "$VENDOR/d3/"
cp d3/package/LICENSE "$VENDOR/d3/LICENSE"
echo "vendored @triply/yasgui $YASGUI_VERSION and d3 $D3_VERSION into $VENDOR"
