#!/usr/bin/env bash
# charts' own benchmark: whole-process times of the release binary (not a test; it only reports).
#   bench/run.sh            build (release, static Swift runtime), then measure and print a table
#   bench/run.sh --no-build measure the binary already built
# Needs python3, hyperfine and /usr/bin/time (Debian: apt-get install hyperfine time).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  swift build -c release --static-swift-stdlib >/dev/null
fi
exec python3 bench/bench.py
