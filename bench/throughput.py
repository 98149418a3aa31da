"""Throughput benchmark: raw spaCy nlp.pipe vs warscope extract_many, same articles, same run.

Usage (from the repository root):
    .venv/bin/python bench/throughput.py [-n 100] [--n-process 1,2] [--json OUT] [--markdown docs/performance.md]

The same as `warscope bench ...`; see src/warscope/eval/bench.py for what is measured and how.
"""

import sys

from warscope.eval.cli import bench_cmd

if __name__ == "__main__":
    sys.exit(bench_cmd.main(args=sys.argv[1:], prog_name="warscope bench"))
