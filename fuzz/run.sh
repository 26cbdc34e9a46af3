#!/usr/bin/env bash
# Fuzz the CSV loader, the date and number parsers, or the spec decoder with libFuzzer.
#   fuzz/run.sh csv|date|spec [seconds]     (default 60 s)
# Builds the target with `swiftc -sanitize=fuzzer,address` against the package's own sources
# (and CSV.swift's, from the SwiftPM checkout), then runs it on a copy of fuzz/corpus/TARGET.
# A crash leaves crash-* files in fuzz/findings/TARGET; add each as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/run.sh csv|date|spec [seconds]}
seconds=${2:-60}
build=.build/fuzz
mkdir -p "$build" "fuzz/findings/$target"
swift package resolve >/dev/null
flags=(-sanitize=fuzzer,address -parse-as-library -O)
swiftc "${flags[@]}" -emit-module -emit-library -static -module-name CSV \
  .build/checkouts/CSV.swift/Sources/CSV/*.swift -emit-module-path "$build/CSV.swiftmodule" -o "$build/libCSV.a"
swiftc "${flags[@]}" -emit-module -emit-library -static -module-name Dataset -I "$build" \
  Sources/Dataset/*.swift -emit-module-path "$build/Dataset.swiftmodule" -o "$build/libDataset.a"
libraries=("$build/libDataset.a" "$build/libCSV.a")
if [ "$target" = spec ]; then
  swiftc "${flags[@]}" -emit-module -emit-library -static -module-name ChartCore -I "$build" \
    $(find Sources/ChartCore -name "*.swift" | sort) -emit-module-path "$build/ChartCore.swiftmodule" -o "$build/libChartCore.a"
  libraries=("$build/libChartCore.a" "${libraries[@]}")
fi
swiftc "${flags[@]}" -I "$build" "fuzz/targets/$target.swift" "${libraries[@]}" -o "$build/fuzz-$target"
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp "fuzz/corpus/$target/"* "$corpus/"
"$build/fuzz-$target" "$corpus" -max_total_time="$seconds" -max_len=8192 -artifact_prefix="fuzz/findings/$target/" -print_final_stats=1
