#!/usr/bin/env bash
# CI's run of the benchmark suite: every benchmark once, in one process, on a small sample of the corpus
# (the --ci flag of the suite). It proves no benchmark has rotted; its timings mean nothing. Exits
# non-zero when a benchmark throws or nothing ran, and ends with "benchmarks: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project benchmarks/BatchEngine.Benchmarks -- --ci --filter '*'
