#!/bin/sh
# Vendor the console's front end: the BUILT GOV.UK Frontend CSS and JavaScript and htmx, taken
# from the npm registry with `npm pack` and copied into mailbot/console/static/. The result is
# committed, so running the console needs no Node.js and no front-end build step.
#
# Usage: sh scripts/vendor-frontend.sh [--on-gov-uk]
#   GOVUK_FRONTEND_VERSION (default 5) and HTMX_VERSION (default 2) pick the releases.
#   --on-gov-uk  also vendor the GDS Transport font and the crest. Their licence allows them
#                only on the GOV.UK domain (the CSS says "customised for exclusive use on
#                gov.uk"), so by default they are left out and the CSS falls back to Arial, as
#                the GOV.UK Design System asks of services that are not on GOV.UK.
#
# Layout (served under /static/):
#   govuk/govuk-frontend.min.css   its url()s rewritten relative, so govuk/assets/... resolves
#   govuk/govuk-frontend.min.js    an ES module: <script type="module"> + initAll()
#   govuk/assets/                  only what the CSS refers to (fonts with --on-gov-uk)
#   htmx.min.js
#   VERSIONS.txt                   versions and npm tarball integrity hashes
set -eu
cd "$(dirname "$0")/.."

on_gov_uk=0
case "${1:-}" in
    "") ;;
    --on-gov-uk) on_gov_uk=1 ;;
    *) echo "usage: sh scripts/vendor-frontend.sh [--on-gov-uk]" >&2; exit 2 ;;
esac

GOVUK_FRONTEND_VERSION=${GOVUK_FRONTEND_VERSION:-5}
HTMX_VERSION=${HTMX_VERSION:-2}
STATIC=mailbot/console/static

command -v npm >/dev/null 2>&1 || { echo "vendor-frontend: npm is needed" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "vendor-frontend: npm pack govuk-frontend@$GOVUK_FRONTEND_VERSION htmx.org@$HTMX_VERSION"
npm pack --silent --json --pack-destination "$tmp" \
    "govuk-frontend@$GOVUK_FRONTEND_VERSION" "htmx.org@$HTMX_VERSION" >"$tmp/pack.json"

mkdir "$tmp/govuk" "$tmp/htmx"
tar -xzf "$tmp"/govuk-frontend-*.tgz -C "$tmp/govuk"
tar -xzf "$tmp"/htmx.org-*.tgz -C "$tmp/htmx"
dist="$tmp/govuk/package/dist/govuk"

# Replace only what this script owns: other files under static/ are the console's own.
rm -rf "$STATIC/govuk" "$STATIC/htmx.min.js" "$STATIC/VERSIONS.txt"
mkdir -p "$STATIC/govuk"

# The files, and the record of what was vendored, in Python for the careful rewriting: the built
# CSS refers to /assets/... (its default asset path), which would not resolve under /static/.
ON_GOV_UK=$on_gov_uk python3 - "$tmp" "$dist" "$STATIC" <<'PY'
import json
import os
import re
import shutil
import sys
from pathlib import Path

tmp, dist, static = (Path(a) for a in sys.argv[1:])
on_gov_uk = os.environ["ON_GOV_UK"] == "1"
css = (dist / "govuk-frontend.min.css").read_text(encoding="utf-8")

# no source maps are vendored: drop the comments that point at them
css = re.sub(r"\s*/\*# sourceMappingURL=[^*]*\*/\s*$", "\n", css)
if not on_gov_uk:
    css = re.sub(r"/\*! Copyright \(c\) 2011 by Margaret Calvert[^*]*\*/", "", css)
    css = re.sub(r"@font-face\{font-family:GDS Transport;[^}]*\}", "", css)
    css = css.replace("font-family:GDS Transport,", "font-family:")
    # the crest is the Crown's, for GOV.UK only; .govuk-footer__copyright-logo is not to be used
    css = css.replace("url(/assets/images/govuk-crest.svg)", "none")
    assert "GDS Transport" not in css, "a GDS Transport reference was left in the CSS"
# relative to the stylesheet, so the assets resolve wherever /static/govuk/ is mounted
css = css.replace("url(/assets/", "url(assets/")
urls = set(re.findall(r"url\(([^)]*)\)", css))
for url in sorted(urls):
    url = url.strip("\"'")
    if url.startswith("data:"):
        continue
    assert url.startswith("assets/"), f"unexpected url() in the CSS: {url}"
    target = static / "govuk" / url
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(dist / url, target)
(static / "govuk" / "govuk-frontend.min.css").write_text(css, encoding="utf-8")

# the scripts as built, less their source-map comments
for source, target in [
    (dist / "govuk-frontend.min.js", static / "govuk" / "govuk-frontend.min.js"),
    (tmp / "htmx" / "package" / "dist" / "htmx.min.js", static / "htmx.min.js"),
]:
    js = source.read_text(encoding="utf-8")
    target.write_text(re.sub(r"//# sourceMappingURL=\S*\s*$", "", js).rstrip() + "\n", encoding="utf-8")

packs = {p["name"]: p for p in json.loads((tmp / "pack.json").read_text())}
g, h = packs["govuk-frontend"], packs["htmx.org"]
lines = [
    "Vendored by scripts/vendor-frontend.sh from the npm registry (npm pack); do not edit by hand.",
    "",
    f"govuk-frontend {g['version']} (MIT)",
    f"  integrity {g['integrity']}",
    "  govuk/govuk-frontend.min.css  dist/govuk/govuk-frontend.min.css, url()s made relative"
    + ("" if on_gov_uk else ",\n    GDS Transport and the crest removed (GOV.UK-only; Arial instead)"),
    "  govuk/govuk-frontend.min.js   dist/govuk/govuk-frontend.min.js (ES module)",
    f"htmx.org {h['version']} (0BSD)",
    f"  integrity {h['integrity']}",
    "  htmx.min.js                   dist/htmx.min.js",
]
assets = sorted(p.relative_to(static).as_posix() for p in (static / "govuk").rglob("*") if p.is_file() and "assets" in p.parts)
if assets:
    lines += ["", "assets:"] + [f"  {a}" for a in assets]
(static / "VERSIONS.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"vendor-frontend: govuk-frontend {g['version']}, htmx.org {h['version']}")
PY

echo "vendor-frontend: done; files under $STATIC:"
find "$STATIC/govuk" "$STATIC/htmx.min.js" "$STATIC/VERSIONS.txt" -type f | sort | while read -r f; do
    echo "  $f ($(wc -c <"$f") bytes)"
done
