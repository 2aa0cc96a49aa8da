#!/usr/bin/env bash
# The NAB scores of every detector the NAB runner knows, as the Markdown table of docs/earned-media.md.
# Usage: benchmarks/nab-scores.sh [NAB_DIR]   (NAB_DIR holds data/, labels/ and score.py; ../shared/nab by default)
# Each detector runs online over every NAB_DIR/data/<category>/<file>.csv with its one set of settings; score.py
# sweeps the threshold per profile over all the files, and per category for the category columns.
set -euo pipefail
cd "$(dirname "$0")/.."
nab="${1:-../shared/nab}"
if [[ ! -f "$nab/score.py" || ! -d "$nab/data" ]]; then
  echo "nab-scores: $nab does not hold score.py and data/ (give the NAB folder as the first argument)" >&2
  exit 1
fi

dotnet build benchmarks/KpiToolkit.Benchmarks --configuration Release >/dev/null
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
categories=$(cd "$nab/data" && ls -d */ | tr -d / | grep -v '^artificialNoAnomaly$')
# The score of one profile from score.py's closing lines: "nab <profile> <score> (...)".
score_of() { awk -v p="$1" '$1 == "nab" && $2 == p { print $3 }'; }

header="| detector | standard | low FP | low FN |"
rule="|---|---:|---:|---:|"
for category in $categories; do
  header+=" $category |"
  rule+="---:|"
done
echo "$header"
echo "$rule"
for detector in likelihood esd median sigma; do
  dotnet run --project benchmarks/KpiToolkit.Benchmarks --configuration Release --no-build -- \
    nab --data "$nab/data" --out "$results/$detector" --detector "$detector" >/dev/null
  all=$(python3 "$nab/score.py" "$results/$detector")
  row="| $detector | $(score_of standard <<<"$all") | $(score_of reward_low_FP_rate <<<"$all") | $(score_of reward_low_FN_rate <<<"$all") |"
  for category in $categories; do
    row+=" $(python3 "$nab/score.py" "$results/$detector" --only "$category" --profile standard | score_of standard) |"
  done
  echo "$row"
done
