#!/usr/bin/env bash
# Re-fetches htmx and its server-sent events extension (both 0BSD) from npm and copies the minified files
# into src/Protocolwacht.Web/wwwroot/lib/htmx:
#   scripts/update-htmx.sh [HTMX_VERSION [SSE_VERSION]]     (default: the versions pinned below)
# What is copied: dist/htmx.min.js (partial page updates), dist/sse.min.js of htmx-ext-sse (the post page's
# publication progress and the menu counters arrive as server-sent events), each package's LICENSE (kept
# beside the files as the licence asks) and a VERSION file. htmx-ext-sse 2.x works with htmx 2.x only:
# update the two together. Needs npm (only `npm pack`; nothing is installed globally). Review the diff, run
# the browser tests (PostPageTests follows a publication through the stream), then commit the changed files.
set -euo pipefail
cd "$(dirname "$0")/.."
htmx_version=${1:-2.0.11}
sse_version=${2:-2.2.4}
target=src/Protocolwacht.Web/wwwroot/lib/htmx
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fetch() { # package version -> unpacked into $work/<package>
    (cd "$work" && npm pack --silent "$1@$2" >/dev/null)
    mkdir -p "$work/$1"
    tar -xzf "$work/$1-$2.tgz" -C "$work/$1"
    # htmx-ext-sse's package.json names no licence; its LICENSE file does, so the file is what is checked.
    if ! grep -qiE 'zero.clause bsd|bsd zero clause' "$work/$1/package/LICENSE"; then
        echo "unexpected licence for $1@$2: $(head -1 "$work/$1/package/LICENSE")" >&2; exit 1
    fi
}
fetch htmx.org "$htmx_version"
fetch htmx-ext-sse "$sse_version"

mkdir -p "$target"
cp "$work/htmx.org/package/dist/htmx.min.js" "$target/htmx.min.js"
cp "$work/htmx.org/package/LICENSE" "$target/LICENSE-htmx"
cp "$work/htmx-ext-sse/package/dist/sse.min.js" "$target/sse.min.js"
cp "$work/htmx-ext-sse/package/LICENSE" "$target/LICENSE-htmx-ext-sse"
printf 'htmx.org %s (0BSD), htmx-ext-sse %s (0BSD), fetched with scripts/update-htmx.sh\n' "$htmx_version" "$sse_version" > "$target/VERSION"
echo "copied htmx.org $htmx_version and htmx-ext-sse $sse_version to $target"
