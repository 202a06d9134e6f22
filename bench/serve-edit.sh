#!/usr/bin/env bash
# Times `briefing serve` from saving an edited briefing to the served page being updated.
# Usage: bench/serve-edit.sh BRIEFING_DLL SITE_FOLDER [EDITS]
# Prints one line per edit ("body 143 ms") and the median per kind. Each edit appends a unique
# word (body) or changes the title (title); the time runs from the write to the moment the
# served page contains it, polled through the live-reload endpoint (which answers as soon as an
# update finishes) and confirmed by fetching the page.
set -euo pipefail
dll=$1; site=$2; edits=${3:-5}
port=$((20000 + RANDOM % 20000))
log=$(mktemp)
dotnet "$dll" serve --root "$site" --no-import --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log" "$log.times"' EXIT
until grep -q "serving http" "$log"; do
  kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
base="http://127.0.0.1:$port"
file=$(find "$site/input/en/briefings" -name '*.md' | sort | sed -n 10p)
slug=$(basename "$file" .md)
page="$base/en/briefings/$slug.html"
original=$(cat "$file")

now_ms() { date +%s%3N; }
measure() { # kind token
  local kind=$1 token=$2 version start end refreshed
  version=$(curl -s "$base/__briefing/version")
  refreshed=$(grep -c "Search index refreshed" "$log" || true)
  start=$(now_ms)
  if [ "$kind" = body ]; then
    printf '%s\n\nA closing note: %s.\n' "$original" "$token" >"$file"
  else
    printf '%s\n' "$original" | sed "0,/^title: .*/s//title: \"Edited $token\"/" >"$file"
  fi
  curl -s "$base/__briefing/version?since=$version" >/dev/null
  until curl -s "$page" | grep -q "$token"; do sleep 0.005; done
  end=$(now_ms)
  echo "$kind $((end - start)) ms" | tee -a "$log.times"
  # The search index follows in the background; let it finish so edits do not overlap.
  until [ "$(grep -c "Search index refreshed" "$log" || true)" -gt "$refreshed" ]; do sleep 0.1; done
}
for i in $(seq 1 "$edits"); do measure body "Zq${i}body$RANDOM"; done
for i in $(seq 1 "$edits"); do measure title "Zq${i}title$RANDOM"; done
printf '%s\n' "$original" >"$file"
for kind in body title; do
  grep "^$kind " "$log.times" | awk '{ print $2 }' | sort -n | awk -v k="$kind" '{ a[NR] = $1 } END { print "median " k " " a[int((NR + 1) / 2)] " ms" }'
done
grep -E "^(Updated|Search)" "$log" >&2
