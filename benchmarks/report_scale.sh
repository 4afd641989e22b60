#!/bin/bash
# The report's cost at 5, 33 and 300 plans, in one run on one machine (compare within a run).
# 5: the real plans; 33: the five and 28 recombined plans (tests/synthetic.py); 300:
# make_corpus.py 300 --distinct 0.7. Each corpus is built (`build`) and reported (`report`)
# in fresh processes; /usr/bin/time gives wall, user CPU and the largest process's memory.
#   flock /tmp/heavy.lock benchmarks/report_scale.sh [OUT]   (default: benchmarks/out/report)
set -u
cd "$(dirname "$0")/.."
PY=.venv/bin/python
OUT=${1:-benchmarks/out/report}
LIMIT=${REPORT_LIMIT:-1500}  # seconds allowed for one report
rm -rf "$OUT/c5" "$OUT/c33" "$OUT/c300"
$PY -c "
import sys; sys.path.insert(0, 'tests')
from pathlib import Path
from synthetic import synthetic_raw
synthetic_raw(Path('$OUT/c33'), 33); synthetic_raw(Path('$OUT/c5'), 5)
"
$PY benchmarks/make_corpus.py 300 "$OUT/c300/raw" --distinct 0.7 >/dev/null
for n in 5 33 300; do
  raw=$OUT/c$n/raw proc=$OUT/c$n/processed rep=$OUT/c$n/reports
  echo "== $n plans"
  SCIPLAN_RAW_DIR=$raw SCIPLAN_PROCESSED_DIR=$proc /usr/bin/time -f "build $n: %e s wall, %U s user, %M KB" \
    $PY -m sciplan_analysis build --out "$proc" 2>&1 | tail -2
  SCIPLAN_RAW_DIR=$raw SCIPLAN_PROCESSED_DIR=$proc timeout "$LIMIT" /usr/bin/time -f "report $n: %e s wall, %U s user, %M KB" \
    $PY -m sciplan_analysis report --out "$rep" --timeout "$LIMIT" 2>&1 | tail -12
done
