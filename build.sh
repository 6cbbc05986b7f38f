#!/usr/bin/env bash
# One command from a fresh Debian machine with the .NET SDK: `./build.sh test`.
#
#   ./build.sh deps   install what the tests need from Debian's packages (as root), or print the exact
#                     apt-get line to run (otherwise)
#   ./build.sh test   deps, then `dotnet test BatchEngine.sln -c Release` (extra arguments go to dotnet test)
#
# What the tests need beyond the SDK: redis-server and redis-cli (the Redis tests start their own server, and a
# three-node cluster, on free loopback ports), chromium (the dashboard tests drive /usr/bin/chromium), tesseract-ocr with English and
# poppler-utils (OCR and the PDF tools), python3 with requests, node 20+ and curl (the end-to-end tests
# run the HTTP reference's Python, JavaScript and curl examples as they are written).
set -euo pipefail
cd "$(dirname "$0")"

# Each entry: the Debian package, then the check that tells it is already there.
requirements=(
  "redis-server|command -v redis-server"
  "redis-tools|command -v redis-cli"
  "chromium|test -x /usr/bin/chromium"
  "tesseract-ocr|command -v tesseract"
  "tesseract-ocr-eng|tesseract --list-langs 2>/dev/null | grep -qx eng"
  "poppler-utils|command -v pdftoppm"
  "python3|command -v python3"
  "python3-requests|python3 -c 'import requests'"
  "nodejs|command -v node"
  "curl|command -v curl"
)

missing_packages() {
  local entry package check
  for entry in "${requirements[@]}"; do
    package=${entry%%|*}
    check=${entry#*|}
    if ! bash -c "$check" >/dev/null 2>&1; then
      printf '%s\n' "$package"
    fi
  done
}

deps() {
  local missing
  mapfile -t missing < <(missing_packages)
  if [ "${#missing[@]}" -eq 0 ]; then
    echo "build.sh: every test dependency is installed."
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "build.sh: missing: ${missing[*]}. Install them with:" >&2
    echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}" >&2
    return 1
  fi
  echo "build.sh: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  local still
  mapfile -t still < <(missing_packages)
  if [ "${#still[@]}" -ne 0 ]; then
    echo "build.sh: still missing after apt-get: ${still[*]}" >&2
    return 1
  fi
}

case "${1:-test}" in
  deps)
    deps
    ;;
  test)
    shift || true
    deps
    dotnet test BatchEngine.sln -c Release "$@"
    ;;
  *)
    echo "usage: ./build.sh [deps|test [dotnet test arguments...]]" >&2
    exit 64
    ;;
esac
