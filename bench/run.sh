#!/usr/bin/env bash
# Benchmark: Briefing Site (Release) against Hugo on the same generated bilingual corpus.
# Usage: bench/run.sh [N ...]      (default: 1000 10000 20000; RUNS=3 runs each, alternating)
# Writes bench/.work/results.md (markdown table) and prints it. Needs the .NET SDK; installs
# Debian's hugo when missing. Measures with /usr/bin/time -v: wall, CPU (user+sys), peak RSS.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_WORK:-$REPO/bench/.work}"
RUNS="${RUNS:-3}"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 20000)
mkdir -p "$WORK"

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

# measure <name> <command...>: runs once under /usr/bin/time -v, appends "name wall cpu rss_kb" to $WORK/samples
measure() {
  local name="$1"; shift
  local log="$WORK/time.log"
  if ! /usr/bin/time -v -o "$log" "$@" >"$WORK/last.out" 2>&1; then
    echo "FAILED: $*" >&2; tail -20 "$WORK/last.out" >&2; exit 1
  fi
  awk -v name="$name" '
    /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
    /User time/ { user = $NF } /System time/ { sys = $NF }
    /Maximum resident set size/ { rss = $NF }
    END { printf "%s %.2f %.2f %d\n", name, wall, user + sys, rss }' "$log" >>"$WORK/samples"
}

no_artifacts() { # turns off the share cards and PDFs of a site.yml
  sed -i -E '/^(pdf|share_cards):$/,/^[^ ]/ s/^  enabled: true$/  enabled: false/' "$1"
}

median() { # median of column $2 for rows named $1
  awk -v name="$1" -v col="$2" '$1 == name { print $col }' "$WORK/samples" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

: >"$WORK/samples"
: >"$WORK/facts"
for n in "${SIZES[@]}"; do
  site="$WORK/site-$n"; hugo_site="$WORK/hugo-$n"
  echo "generating $n briefings..." >&2
  rm -rf "$hugo_site"; mkdir -p "$hugo_site"
  cp -r "$REPO/bench/hugo-site/." "$hugo_site/"
  dotnet "$WORK/generator/CorpusGenerator.dll" "$n" "$site" --repo "$REPO" --hugo "$hugo_site" >&2
  # Hugo draws no share cards and prints no PDFs: compare like with like (their cost is in the README).
  no_artifacts "$site/site.yml"
  for run in $(seq "$RUNS"); do
    echo "  N=$n run $run/$RUNS: briefing full build, hugo, briefing rebuild with nothing changed" >&2
    rm -rf "$site/output" "$site/.output.build-stamp.json"
    measure "briefing-$n" "${BRIEFING[@]}" build --no-import --root "$site"
    rm -rf "$hugo_site/public" "$hugo_site/resources"
    measure "hugo-$n" hugo --quiet --source "$hugo_site" --destination "$hugo_site/public"
    measure "rebuild-$n" "${BRIEFING[@]}" build --no-import --root "$site"
  done
  echo "$n briefing_pages $(find "$site/output" -name '*.html' | wc -l)" >>"$WORK/facts"
  echo "$n briefing_bytes $(du -sb "$site/output" | cut -f1)" >>"$WORK/facts"
  echo "$n hugo_pages $(find "$hugo_site/public" -name '*.html' | wc -l)" >>"$WORK/facts"
  echo "$n hugo_bytes $(du -sb "$hugo_site/public" | cut -f1)" >>"$WORK/facts"
done

echo "two seeds, cold process..." >&2
seeds="$WORK/seeds-site"
rm -rf "$seeds"; mkdir -p "$seeds"
cp -r "$REPO/site.yml" "$REPO/theme" "$REPO/seeds" "$REPO/input" "$seeds/"
no_artifacts "$seeds/site.yml"
for run in $(seq "$RUNS"); do
  rm -rf "$seeds/output"
  measure "seeds" "${BRIEFING[@]}" build --root "$seeds"
done

fact() { awk -v n="$1" -v k="$2" '$1 == n && $2 == k { print $3 }' "$WORK/facts"; }
mb() { awk -v b="$1" 'BEGIN { printf "%.0f MB", b / 1048576 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

out="$WORK/results.md"
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), $RUNS alternating runs each, medians;"
  echo "briefing $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?'), $(hugo version | cut -d' ' -f1-2)."
  echo
  echo "| N | tool | wall s | CPU s | peak RSS | pages | pages/s | output | wall vs Hugo | RSS vs Hugo |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for n in "${SIZES[@]}"; do
    bw=$(median "briefing-$n" 2); bc=$(median "briefing-$n" 3); br=$(median "briefing-$n" 4)
    hw=$(median "hugo-$n" 2); hc=$(median "hugo-$n" 3); hr=$(median "hugo-$n" 4)
    rw=$(median "rebuild-$n" 2); rc=$(median "rebuild-$n" 3); rr=$(median "rebuild-$n" 4)
    bp=$(fact "$n" briefing_pages); hp=$(fact "$n" hugo_pages)
    echo "| $n | briefing build | $bw | $bc | $(mb $((br * 1024))) | $bp | $(awk -v p="$bp" -v w="$bw" 'BEGIN { printf "%.0f", p / w }') | $(mb "$(fact "$n" briefing_bytes)") | $(ratio "$bw" "$hw") × | $(ratio "$br" "$hr") × |"
    echo "| $n | hugo | $hw | $hc | $(mb $((hr * 1024))) | $hp | $(awk -v p="$hp" -v w="$hw" 'BEGIN { printf "%.0f", p / w }') | $(mb "$(fact "$n" hugo_bytes)") | 1 × | 1 × |"
    echo "| $n | briefing rebuild, nothing changed | $rw | $rc | $(mb $((rr * 1024))) | $bp | | | $(ratio "$rw" "$bw") × full build | |"
  done
  sw=$(median seeds 2); sr=$(median seeds 4)
  echo "| 2 seeds | briefing build, cold process (with import) | $sw | $(median seeds 3) | $(mb $((sr * 1024))) | | | | | |"
  if [ ${#SIZES[@]} -ge 2 ]; then
    first=${SIZES[-2]}; last=${SIZES[-1]}
    echo
    echo "Scaling $first → $last: briefing $(ratio "$(median "briefing-$last" 2)" "$(median "briefing-$first" 2)") × the time, hugo $(ratio "$(median "hugo-$last" 2)" "$(median "hugo-$first" 2)") × the time."
  fi
} >"$out"
cat "$out"
