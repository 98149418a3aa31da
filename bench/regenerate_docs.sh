#!/usr/bin/env bash
# Re-measure everything and rewrite the figures in docs/accuracy.md and docs/performance.md.
# Each command rewrites only its own marked section. Run from the repository root; needs ../shared.
# Sizes are kept small on purpose (a shared 2-core machine): about 10-15 minutes in all.
set -euo pipefail
cd "$(dirname "$0")/.."
W=".venv/bin/warscope"
S="../shared"
A="docs/accuracy.md"
$W eval acled $S/data/acled --limit 300 --seed 0 --by file --json /tmp/warscope-acled.json --markdown $A
$W eval case2021 $S/data/case2021/case2021_task2_dev_odd_ids.tsv --json /tmp/warscope-case2021.json --markdown $A
$W eval negatives $S/corpus/bbc_negatives --limit 300 --seed 0 --json /tmp/warscope-negatives.json --markdown $A
$W eval muc4 $S/corpus/muc4/dev.json --limit 100 --json /tmp/warscope-muc4.json --markdown $A
# Geo rules were tuned on the odd half of each file: the figures are measured on the even half.
$W eval geo $S/data/geoparsing/GWN.xml --half even --markdown $A
$W eval geo $S/data/geoparsing/lgl.xml --half even --markdown $A
$W eval timeml $S/data/timeml --markdown $A
$W eval plover $S/data/plover/PLOVER_GSR_CAMEO.json --markdown $A
$W bench -n 100 --n-process 1,2 --json /tmp/warscope-bench.json --markdown docs/performance.md
