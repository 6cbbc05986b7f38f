#!/usr/bin/env bash
# Measured run of the corpus through fresh sample hosts with peak RSS of host + extraction children.
# Build first: dotnet build -c Release samples/BatchEngine.SampleHost
# Usage: benchmarks/isolation/measure.sh [--runs N] [--workers N] [--in-process] [--env KEY=VALUE]...
set -euo pipefail
exec python3 "$(dirname "$0")/measure.py" "$@"
