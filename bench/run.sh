#!/usr/bin/env bash
# Benchmark: Briefing Site (Release) against Hugo on the same generated bilingual corpus.
# Usage: bench/run.sh [N ...]      (default: 1000 10000 100000)
#   RUNS=3              rounds per size; RUNS_<N>=1 overrides one size (e.g. RUNS_100000=1)
#   HUGO_RELATED_MAX=20000  largest N at which Hugo with its related section is built
#   MEM_CAP_MB=...      a run whose processes together exceed this is killed and marked
#                       (default: 90 % of the memory available when the script starts)
#   BENCH_WORK=dir      working folder (default bench/.work)
#   REPORT_ONLY=1       only write the report from the samples already in BENCH_WORK
# Each round runs, back to back and in an order that rotates from round to round: briefing
# (a full build, then a rebuild with nothing changed), Hugo without its related section, and
# Hugo with it. Ratios are taken within a round (briefing ÷ Hugo), then summarised as median and
# range. A failed run is recorded and left out of the figures; the script goes on.
# Writes BENCH_WORK/results.md (markdown) and prints it. Needs the .NET SDK; installs Debian's
# hugo when missing. Measures with /usr/bin/time -v: wall, CPU (user+sys), peak RSS.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_WORK:-$REPO/bench/.work}"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)" # absolute: Hugo resolves a relative --destination against --source
RUNS="${RUNS:-3}"
HUGO_RELATED_MAX="${HUGO_RELATED_MAX:-20000}"
MEM_CAP_MB="${MEM_CAP_MB:-$(awk '/^MemAvailable:/ { printf "%d", $2 * 0.9 / 1024 }' /proc/meminfo)}"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 100000)
SAMPLES="$WORK/samples" # one line per run: tool n round wall_s cpu_s peak_rss_kb status
FACTS="$WORK/facts"     # n key value (pages and bytes written)
LINEAR_TOLERANCE=1.10   # "linear": time per briefing at 100,000 at most 1.10 × that at 10,000

runs_for() { # rounds for size $1: RUNS_<n> when set, else RUNS
  local var="RUNS_$1"
  echo "${!var:-$RUNS}"
}

# --- measuring -----------------------------------------------------------------------------

# Resident memory (KB) of process $1 and all its descendants.
tree_rss_kb() {
  ps -e -o pid=,ppid=,rss= | awk -v root="$1" '
    { parent[$1] = $2; rss[$1] = $3 }
    END { for (p in parent) { q = p; while (q != "" && q != root && q > 1) q = parent[q]; if (q == root) sum += rss[p] }
          print sum + 0 }'
}

# Kills the descendants of $1 (not $1 itself, /usr/bin/time, so that it still writes its report).
kill_descendants() {
  local pids
  pids=$(ps -e -o pid=,ppid= | awk -v root="$1" '
    { parent[$1] = $2 }
    END { for (p in parent) { q = parent[p]; while (q != "" && q != root && q > 1) q = parent[q]; if (q == root) print p } }')
  # shellcheck disable=SC2086 # one pid per word
  [ -z "$pids" ] || kill -KILL $pids 2>/dev/null || true
}

# settle <paths...>: starts each timed run from the same cache state. Writes are flushed; then, where
# this user may, the kernel's caches are emptied and <paths> (the tool and its inputs) read back in.
# Why: on an ext4 without a journal (this VM's), creating a file checks the deletion time of freed
# inodes in the cached inode table (the kernel's recently_deleted()), so a run that writes where the
# previous run's output was just deleted spends up to 10 × the usual system time creating files, more
# for the tool that writes more files. Emptying the caches ends that; reading the inputs back keeps
# disk reads out of the timing.
settle() {
  sync
  if [ -w /proc/sys/vm/drop_caches ]; then
    echo 3 >/proc/sys/vm/drop_caches
    find "$@" -type f -print0 2>/dev/null | xargs -0 -r cat >/dev/null 2>&1 || true
  fi
}
caches_state() { # how settle left the caches, for the report
  if [ -w /proc/sys/vm/drop_caches ]; then
    echo "emptied, then the tool and its input read back in"
  else
    echo "left as they were (not root)"
  fi
}

# measure <tool> <n> <round> <command...>: runs the command once under /usr/bin/time -v, killing it
# when it outgrows MEM_CAP_MB, and appends "tool n round wall cpu rss_kb status" to $SAMPLES.
# Leaves the status (ok, failed, over-memory-cap) in LAST_STATUS.
measure() {
  local tool="$1" n="$2" round="$3"; shift 3
  local log="$WORK/time.log" status=ok capped=0
  /usr/bin/time -v -o "$log" "$@" >"$WORK/last.out" 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$(tree_rss_kb "$pid")" -gt $((MEM_CAP_MB * 1024)) ]; then
      capped=1; kill_descendants "$pid"; break
    fi
    sleep 0.5
  done
  if ! wait "$pid"; then
    status=failed; [ "$capped" = 0 ] || status=over-memory-cap
    cp "$WORK/last.out" "$WORK/$status-$tool-$n-$round.log"
    echo "  $status: $tool at N=$n, round $round (log: $WORK/$status-$tool-$n-$round.log)" >&2
    tail -5 "$WORK/last.out" >&2
  fi
  awk -v pre="$tool $n $round" -v status="$status" '
    /Elapsed \(wall clock\)/ { k = split($NF, p, ":"); wall = (k == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
    /User time/ { user = $NF } /System time/ { sys = $NF }
    /Maximum resident set size/ { rss = $NF }
    END { printf "%s %.2f %.2f %d %s\n", pre, wall, user + sys, rss, status }' "$log" >>"$SAMPLES"
  LAST_STATUS="$status"
}

no_artifacts() { # turns off the share cards and PDFs of a site.yml
  sed -i -E '/^(pdf|share_cards):$/,/^[^ ]/ s/^  enabled: true$/  enabled: false/' "$1"
}

record_output() { # record_output <n> <tool> <folder>: pages and bytes written, once per size and tool
  grep -q "^$1 $2_pages " "$FACTS" && return
  echo "$1 $2_pages $(find "$3" -name '*.html' | wc -l)" >>"$FACTS"
  echo "$1 $2_bytes $(du -sb "$3" | cut -f1)" >>"$FACTS"
}

# One timed run of each tool for size $1, round $2.
run_briefing() {
  local n="$1" round="$2" site="$WORK/site-$1"
  rm -rf "$site/output" "$site/.output.build-stamp.json"
  settle "${BRIEFING_FILES[@]}" "$site"
  measure briefing "$n" "$round" "${BRIEFING[@]}" build --no-import --root "$site"
  [ "$LAST_STATUS" = ok ] || return 0 # after a failed build a rebuild would be a full one
  record_output "$n" briefing "$site/output"
  settle "${BRIEFING_FILES[@]}" "$site"
  measure rebuild "$n" "$round" "${BRIEFING[@]}" build --no-import --root "$site"
}
run_hugo() { # run_hugo <plain|related> <n> <round>: plain adds no-related.toml (params.related = false)
  local variant="$1" n="$2" round="$3" hugo_site="$WORK/hugo-$2"
  local config="$hugo_site/hugo.toml"
  [ "$variant" = related ] || config="$config,$hugo_site/no-related.toml"
  rm -rf "$hugo_site/public-$variant" "$hugo_site/resources"
  settle "$(command -v hugo)" "$hugo_site"
  measure "hugo-$variant" "$n" "$round" \
    hugo --quiet --source "$hugo_site" --config "$config" --destination "$hugo_site/public-$variant"
  [ "$LAST_STATUS" != ok ] || record_output "$n" "hugo-$variant" "$hugo_site/public-$variant"
}

measure_all() {
  if ! command -v hugo >/dev/null; then
    echo "installing hugo (Debian)..." >&2
    apt-get update -qq && apt-get install -y -qq -o DPkg::Lock::Timeout=900 hugo >/dev/null
  fi
  if [ ! -x /usr/bin/time ]; then
    apt-get update -qq && apt-get install -y -qq -o DPkg::Lock::Timeout=900 time >/dev/null
  fi

  echo "building briefing (Release) and the corpus generator..." >&2
  dotnet publish "$REPO/BriefingSite.csproj" -c Release -o "$WORK/briefing" -v quiet -nologo >&2
  dotnet build "$REPO/bench/CorpusGenerator/CorpusGenerator.csproj" -c Release -o "$WORK/generator" -v quiet -nologo >&2
  BRIEFING=(dotnet "$WORK/briefing/briefing.dll")
  BRIEFING_FILES=("$WORK/briefing" "$(dirname "$(readlink -f "$(command -v dotnet)")")/shared")

  : >"$SAMPLES"
  : >"$FACTS"
  echo "memory cap per run: $MEM_CAP_MB MB" >&2
  local commit
  commit=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')
  git -C "$REPO" diff --quiet HEAD 2>/dev/null || commit="$commit with uncommitted changes"
  {
    echo "0 mem_cap_mb $MEM_CAP_MB"
    echo "0 commit $commit"
    echo "0 caches $(caches_state)"
    echo "0 load $(cut -d' ' -f1-3 /proc/loadavg)" # other work on the machine skews wall times
  } >>"$FACTS"
  local n site hugo_site runs round tools order start tool
  for n in "${SIZES[@]}"; do
    site="$WORK/site-$n"; hugo_site="$WORK/hugo-$n"; runs=$(runs_for "$n")
    echo "generating $n briefings..." >&2
    rm -rf "$hugo_site"; mkdir -p "$hugo_site"
    cp -r "$REPO/bench/hugo-site/." "$hugo_site/"
    dotnet "$WORK/generator/CorpusGenerator.dll" "$n" "$site" --repo "$REPO" --hugo "$hugo_site" >&2
    # Hugo draws no share cards and prints no PDFs: compare like with like (their cost is in the README).
    no_artifacts "$site/site.yml"
    tools=(briefing hugo-plain)
    [ "$n" -gt "$HUGO_RELATED_MAX" ] || tools+=(hugo-related)
    for round in $(seq "$runs"); do
      start=$(((round - 1) % ${#tools[@]}))
      order=("${tools[@]:start}" "${tools[@]:0:start}")
      echo "  N=$n round $round/$runs: ${order[*]}" >&2
      for tool in "${order[@]}"; do
        case "$tool" in
          briefing) run_briefing "$n" "$round" ;;
          hugo-*) run_hugo "${tool#hugo-}" "$n" "$round" ;;
        esac
      done
    done
  done

  echo "two seeds, cold process..." >&2
  local seeds="$WORK/seeds-site"
  rm -rf "$seeds"; mkdir -p "$seeds"
  cp -r "$REPO/site.yml" "$REPO/theme" "$REPO/seeds" "$REPO/input" "$seeds/"
  no_artifacts "$seeds/site.yml"
  for round in $(seq "$RUNS"); do
    rm -rf "$seeds/output"
    settle "${BRIEFING_FILES[@]}" "$seeds"
    measure seeds 2 "$round" "${BRIEFING[@]}" build --root "$seeds"
  done
}

# --- statistics ----------------------------------------------------------------------------

values() { # values <tool> <n> <column>: that column of the tool's successful runs at size n
  awk -v t="$1" -v n="$2" -v c="$3" '$1 == t && $2 == n && $7 == "ok" { print $c }' "$SAMPLES"
}
ratios() { # ratios <tool-a> <tool-b> <n> <column>: a ÷ b in each round where both succeeded
  awk -v a="$1" -v b="$2" -v n="$3" -v c="$4" '
    $2 == n && $7 == "ok" { if ($1 == a) x[$3] = $c; if ($1 == b) y[$3] = $c }
    END { for (r in x) if ((r in y) && y[r] > 0) print x[r] / y[r] }' "$SAMPLES"
}
summary() { # numbers on stdin -> "median min max count", nothing when there are none
  sort -g | awk '{ v[NR] = $1 }
    END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1], v[NR], NR }'
}
median() { values "$@" | summary | cut -d' ' -f1; }
attempts() { awk -v t="$1" -v n="$2" '$1 == t && $2 == n' "$SAMPLES" | wc -l; }
failures() { # "2 over-memory-cap, 1 failed" for the tool's unsuccessful runs at size n
  awk -v t="$1" -v n="$2" '$1 == t && $2 == n && $7 != "ok" { k[$7]++ }
    END { for (s in k) { printf "%s%d %s", sep, k[s], s; sep = ", " } }' "$SAMPLES"
}
fact() { awk -v n="$1" -v k="$2" '$1 == n && $2 == k { sub(/^[^ ]+ [^ ]+ /, ""); print }' "$FACTS"; }

# --- formatting ----------------------------------------------------------------------------

commas() { echo "$1" | sed -E ':a; s/^([0-9]+)([0-9]{3})/\1,\2/; ta'; }
mb() { [ -z "$1" ] && return; commas "$(awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }') MB"; }
num() { [ -z "$1" ] && return; awk -v x="$1" 'BEGIN { printf "%.2f", x }'; }
times() { if [ -n "$1" ]; then echo "$(num "$1") ×"; else echo "n/a"; fi; } # a ratio for the targets
# ratio_cell <tool-a> <tool-b> <n> <column>: "0.45 × (0.41–0.52)", "0.45 ×" for one round, "n/a" for none
ratio_cell() {
  local s
  s=$(ratios "$@" | summary)
  [ -n "$s" ] || { echo "n/a"; return; }
  echo "$s" | awk '{ if ($4 > 1) printf "%.2f × (%.2f–%.2f)", $1, $2, $3; else printf "%.2f ×", $1 }'
}
ratio_median() { ratios "$@" | summary | cut -d' ' -f1; }
# verdict <value> <limit>: "met" when value <= limit
verdict() {
  [ -n "$1" ] || { echo "not measured"; return; }
  awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l ? "met" : "NOT met") }'
}
growth() { # growth <tool> <n1> <n2> <column>: time per briefing at n2 ÷ that at n1
  awk -v a="$(median "$1" "$3" "$4")" -v b="$(median "$1" "$2" "$4")" -v n1="$2" -v n2="$3" \
    'BEGIN { if (a && b) printf "%.2f ×", a * n1 / (b * n2); else print "n/a" }'
}
per_briefing_ms() { [ -z "$1" ] && return; awk -v s="$1" -v n="$2" 'BEGIN { printf "%.2f", s * 1000 / n }'; }
label() {
  case "$1" in
    briefing) echo "briefing build" ;;
    rebuild) echo "briefing rebuild, nothing changed" ;;
    hugo-plain) echo "Hugo without its related section" ;;
    hugo-related) echo "Hugo with its related section (6 per page)" ;;
    seeds) echo "briefing build, cold process (with import)" ;;
  esac
}

# One row of the main table.
tool_row() {
  local tool="$1" n="$2" shown="$3" tried ok fails runs pages bytes
  tried=$(attempts "$tool" "$n")
  if [ "$tool" = hugo-related ] && [ "$tried" = 0 ] && [ "$n" -gt "$HUGO_RELATED_MAX" ]; then
    echo "| $shown | $(label "$tool") | skipped: N above HUGO_RELATED_MAX ($(commas "$HUGO_RELATED_MAX")) | | | | | |"
    return
  fi
  ok=$(values "$tool" "$n" 4 | wc -l)
  fails=$(failures "$tool" "$n")
  runs="$ok"; [ -z "$fails" ] || runs="$ok of $tried ($fails)"
  pages=""; bytes=""
  case "$tool" in briefing | hugo-*) pages=$(fact "$n" "${tool}_pages"); bytes=$(fact "$n" "${tool}_bytes") ;; esac
  [ -z "$bytes" ] || bytes=$(mb $((bytes / 1024)))
  [ -z "$pages" ] || pages=$(commas "$pages")
  echo "| $shown | $(label "$tool") | $runs | $(num "$(median "$tool" "$n" 4)") | $(num "$(median "$tool" "$n" 5)") | $(mb "$(median "$tool" "$n" 6)") | $pages | $bytes |"
}

targets_line() { # the issue's targets at size $1, when it sets any
  local n="$1" w c m worst
  case "$n" in
    10000)
      w=$(ratio_median briefing hugo-plain "$n" 4); c=$(ratio_median briefing hugo-plain "$n" 5)
      m=$(ratio_median briefing hugo-plain "$n" 6)
      echo "- 10,000: wall ≤ 0.5 × Hugo without related: $(times "$w") — $(verdict "$w" 0.5);" \
        "CPU ≤ 0.7 × Hugo without related: $(times "$c") — $(verdict "$c" 0.7);" \
        "peak memory ≤ 0.25 × Hugo's: $(times "$m") Hugo without related — $(verdict "$m" 0.25)$(
          r=$(ratio_median briefing hugo-related "$n" 6); [ -z "$r" ] || echo ", $(times "$r") Hugo with related — $(verdict "$r" 0.25)")."
      ;;
    1000)
      w=$(ratio_median briefing hugo-plain "$n" 4)
      echo "- 1,000: wall ≤ 1 × Hugo's: $(times "$w") Hugo without related — $(verdict "$w" 1)$(
        r=$(ratio_median briefing hugo-related "$n" 4); [ -z "$r" ] || echo ", $(times "$r") Hugo with related — $(verdict "$r" 1)")."
      ;;
    100000)
      m=$(median briefing "$n" 6)
      echo -n "- 100,000: peak memory ≤ 4 GB: $(if [ -n "$m" ]; then mb "$m"; else echo n/a; fi) — $(verdict "$m" $((4 * 1024 * 1024)));"
      if [ "$(attempts briefing 10000)" -gt 0 ]; then
        w=$(growth briefing 10000 "$n" 4 | cut -d' ' -f1); c=$(growth briefing 10000 "$n" 5 | cut -d' ' -f1)
        [ "$w" != n/a ] || w=""; [ "$c" != n/a ] || c=""
        worst=""; [ -z "$w" ] || [ -z "$c" ] || worst=$(awk -v w="$w" -v c="$c" 'BEGIN { print (w > c ? w : c) }')
        echo " time growth from 10,000 linear (time per briefing ≤ $LINEAR_TOLERANCE × that at 10,000):" \
          "wall $(times "$w"), CPU $(times "$c") — $(verdict "$worst" "$LINEAR_TOLERANCE")."
      else
        echo " time growth from 10,000: not measured (run 10000 too)."
      fi
      ;;
  esac
}

report() {
  local n shown tool prev rounds="" hugo_version
  for n in "${SIZES[@]}"; do # as recorded, so that REPORT_ONLY=1 describes the runs it reports
    rounds="$rounds${rounds:+, }$(awk -v n="$n" '$2 == n && $3 > r { r = $3 } END { print r + 0 }' "$SAMPLES") at $(commas "$n")"
  done
  hugo_version=$(hugo version 2>/dev/null | cut -d' ' -f1-2 || echo "hugo ?")
  echo "Measured $(date -u -r "$SAMPLES" +%Y-%m-%d) on $(nproc) cores ($(uname -m)), load average $(fact 0 load) at the start;"
  echo "briefing $(fact 0 commit), $hugo_version."
  echo "Rounds: $rounds. Each round runs briefing, Hugo without its related section and Hugo with it"
  echo "back to back, in an order rotating from round to round; figures are medians of the successful runs."
  echo "Hugo with its related section is skipped above N = $(commas "$HUGO_RELATED_MAX"). Memory cap per run: $(commas "$(fact 0 mem_cap_mb)") MB."
  echo "Before each run, written data was flushed and the kernel's caches $(fact 0 caches)."
  echo
  echo "| N | tool | runs | wall s | CPU s | peak RSS | pages | output |"
  echo "|---|---|---|---|---|---|---|---|"
  for n in "${SIZES[@]}"; do
    shown=$(commas "$n")
    for tool in briefing hugo-plain hugo-related rebuild; do tool_row "$tool" "$n" "$shown"; done
  done
  tool_row seeds 2 "2 seeds"
  echo
  echo "briefing ÷ Hugo, per round (median, and range when more than one round):"
  echo
  echo "| N | against | wall | CPU | peak RSS |"
  echo "|---|---|---|---|---|"
  for n in "${SIZES[@]}"; do
    for tool in hugo-plain hugo-related; do
      [ "$(attempts "$tool" "$n")" -gt 0 ] || continue
      echo "| $(commas "$n") | $(label "$tool") | $(ratio_cell briefing "$tool" "$n" 4) | $(ratio_cell briefing "$tool" "$n" 5) | $(ratio_cell briefing "$tool" "$n" 6) |"
    done
    echo "| $(commas "$n") | rebuild ÷ its full build | $(ratio_cell rebuild briefing "$n" 4) | $(ratio_cell rebuild briefing "$n" 5) | |"
  done
  echo
  echo "Growth, time per briefing (ms, medians):"
  echo
  echo "| N | briefing wall | briefing CPU | Hugo without related wall | Hugo without related CPU |"
  echo "|---|---|---|---|---|"
  for n in "${SIZES[@]}"; do
    echo "| $(commas "$n") | $(per_briefing_ms "$(median briefing "$n" 4)" "$n") | $(per_briefing_ms "$(median briefing "$n" 5)" "$n") | $(per_briefing_ms "$(median hugo-plain "$n" 4)" "$n") | $(per_briefing_ms "$(median hugo-plain "$n" 5)" "$n") |"
  done
  prev=""
  for n in "${SIZES[@]}"; do
    if [ -n "$prev" ]; then
      echo
      echo "$(commas "$n") ÷ $(commas "$prev"), time per briefing (1 × is linear growth):" \
        "briefing wall $(growth briefing "$prev" "$n" 4), CPU $(growth briefing "$prev" "$n" 5);" \
        "Hugo without related wall $(growth hugo-plain "$prev" "$n" 4), CPU $(growth hugo-plain "$prev" "$n" 5)."
    fi
    prev="$n"
  done
  echo
  echo "Targets (issue 16; ratios are medians of the per-round ratios):"
  echo
  local lines
  lines=$(for n in "${SIZES[@]}"; do targets_line "$n"; done)
  echo "${lines:-- none at these sizes (the issue sets targets at 1,000, 10,000 and 100,000).}"
}

[ "${REPORT_ONLY:-0}" = 1 ] || measure_all
report >"$WORK/results.md"
cat "$WORK/results.md"
