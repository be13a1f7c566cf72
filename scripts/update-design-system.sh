#!/usr/bin/env bash
# Re-fetches the NL Design System component CSS (the Utrecht component library, EUPL-1.2) from npm and
# copies the built files into src/Protocolwacht.Web/wwwroot/lib/utrecht/component-library-css:
#   scripts/update-design-system.sh [VERSION]     (default: the version pinned below)
# What is copied: dist/index.css (every component, class based: utrecht-button, utrecht-textbox, ...),
# dist/html.css (the same look for plain semantic HTML inside an element with class utrecht-html),
# LICENSE.md (the EUPL-1.2 text, kept beside the files as the licence requires) and a VERSION file.
# Not copied on purpose: @utrecht/design-tokens. Its LICENSE.md says the open source licence does NOT
# apply to those files (they are Gemeente Utrecht's own brand assets), so Protocolwacht sets every
# --utrecht-* custom property itself in wwwroot/css/konot-theme.css (the Konot theme).
# Needs npm (only `npm pack`; nothing is installed globally). Review the diff, run the browser tests
# (axe checks every page), then commit the changed files.
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-9.0.4}
target=src/Protocolwacht.Web/wwwroot/lib/utrecht/component-library-css
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "@utrecht/component-library-css@$version" >/dev/null)
tar -xzf "$work"/utrecht-component-library-css-*.tgz -C "$work"
licence=$(node -p "require('$work/package/package.json').license" 2>/dev/null || grep -o '"license": *"[^"]*"' "$work/package/package.json")
case "$licence" in *EUPL-1.2*) ;; *) echo "unexpected licence '$licence' for @utrecht/component-library-css@$version" >&2; exit 1 ;; esac

mkdir -p "$target"
cp "$work/package/dist/index.css" "$target/index.css"
cp "$work/package/dist/html.css" "$target/html.css"
cp "$work/package/LICENSE.md" "$target/LICENSE.md"
printf '@utrecht/component-library-css %s (EUPL-1.2), fetched with scripts/update-design-system.sh\n' "$version" > "$target/VERSION"
echo "copied @utrecht/component-library-css $version to $target"
