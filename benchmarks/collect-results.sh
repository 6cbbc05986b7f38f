#!/usr/bin/env bash
# Copies BenchmarkDotNet's GitHub-markdown reports of the last run into the committed results folder.
# Run from the repository root after:
#   dotnet run -c Release --project benchmarks/BatchEngine.Benchmarks -- --filter '*' --job short
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir="BenchmarkDotNet.Artifacts/results"
target_dir="benchmarks/BatchEngine.Benchmarks/results"
mkdir -p "$target_dir"
shopt -s nullglob
reports=("$source_dir"/*-report-github.md)
if [ ${#reports[@]} -eq 0 ]; then
  echo "No reports in $source_dir: run the suite first." >&2
  exit 1
fi
for report in "${reports[@]}"; do
  # BatchEngine.Benchmarks.Scheduling.SchedulerThroughputBenchmarks-report-github.md -> SchedulerThroughputBenchmarks.md
  name="$(basename "$report" -report-github.md)"
  cp "$report" "$target_dir/${name##*.}.md"
done
ls -1 "$target_dir"
