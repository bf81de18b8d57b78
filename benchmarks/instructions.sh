#!/usr/bin/env bash
# Instructions per article of factcheck's whole pipeline, counted by callgrind, which
# (unlike processor time) does not move when the machine is busy: use it to measure a
# change to speed. The count is of one warm run: a process that runs the pipeline twice
# less one that runs it once, divided by the articles. The hash seed is fixed: string
# hashing moves the count by about 1% from one process to the next. The disk cache is
# off: the first process would fill it and the second start faster, which the
# difference would count as less work per article.
#
#   bash benchmarks/instructions.sh DIR    # DIR: a folder of articles (a few minutes for 100)
set -euo pipefail
dir=${1:?usage: instructions.sh DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
python=$(python3 -c 'import os, sys; print(os.path.realpath(sys.executable))')  # not a shim: callgrind follows no child
run() {
  FACTCHECK_CACHE_DIR=off PYTHONHASHSEED=0 PYTHONPATH=$root valgrind --tool=callgrind --callgrind-out-file=/dev/null "$python" - "$dir" "$1" <<'PY' 2>&1 \
    | grep -o 'Collected : [0-9]*' | grep -o '[0-9]*$'
import datetime as dt, sys
from factcheck import engine
from factcheck.corpus import read_articles
from factcheck.report import json_report, markdown
from factcheck.rules import load_rules
from factcheck.ruleset import shipped_rules_dir
rules = load_rules([shipped_rules_dir()])
for _ in range(int(sys.argv[2])):
    articles, _notes = read_articles([sys.argv[1]], published=dt.date(2015, 5, 12))
    report = engine.run(articles, rules)
    json_report.render(report), markdown.render(report)
print(len(articles), file=sys.stderr)
PY
}
one=$(run 1); two=$(run 2)
n=$(PYTHONPATH=$root python3 -c "import sys; from factcheck.corpus import read_articles; print(len(read_articles([sys.argv[1]])[0]))" "$dir")
python3 -c "print(f'{($two - $one) / $n / 1e6:.2f} M instructions per article ({$n} articles)')"
