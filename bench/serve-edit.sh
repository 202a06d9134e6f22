#!/usr/bin/env bash
# Times `briefing serve` from saving an edited briefing to the served page being updated.
# Usage: bench/serve-edit.sh BRIEFING_DLL SITE_FOLDER [EDITS]
# Prints one line per edit ("body 143 ms"), the median per kind and the server's own update lines.
# The measuring is bench/ServeEdit (one client process polling over kept-alive connections); see there.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dotnet run --project "$here/ServeEdit" -c Release -v q -- "$(realpath "$1")" "$(realpath "$2")" "${3:-5}"
