#!/usr/bin/env bash
# Fuzz the CSV loader, the date and number parsers, the spec decoder, or the whole engine (a
# generated spec and data, laid out, audited and written as SVG and PNG) with libFuzzer.
#   fuzz/run.sh csv|date|spec|engine [seconds]     (default 60 s)
# Builds the target with `swiftc -sanitize=fuzzer,address` against the package's own sources
# (and CSV.swift's, from the SwiftPM checkout; Cairo and Pango from the system for `engine`),
# then runs it on a copy of fuzz/corpus/TARGET, each input within a time bound (`timeout`
# seconds, default 10). A crash or time-out leaves crash-* or timeout-* files in
# fuzz/findings/TARGET; add each as a regression test. Exits non-zero on a finding.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/run.sh csv|date|spec|engine [seconds]}
seconds=${2:-60}
timeout=${FUZZ_TIMEOUT:-10}
build=.build/fuzz
mkdir -p "$build" "fuzz/findings/$target"
swift package resolve >/dev/null
flags=(-sanitize=fuzzer,address -parse-as-library -O)
swiftc "${flags[@]}" -emit-module -emit-library -static -module-name CSV \
  .build/checkouts/CSV.swift/Sources/CSV/*.swift -emit-module-path "$build/CSV.swiftmodule" -o "$build/libCSV.a"
swiftc "${flags[@]}" -emit-module -emit-library -static -module-name Dataset -I "$build" \
  Sources/Dataset/*.swift -emit-module-path "$build/Dataset.swiftmodule" -o "$build/libDataset.a"
libraries=("$build/libDataset.a" "$build/libCSV.a")
links=()
if [ "$target" = spec ] || [ "$target" = engine ]; then
  swiftc "${flags[@]}" -emit-module -emit-library -static -module-name ChartCore -I "$build" \
    $(find Sources/ChartCore -name "*.swift" | sort) -emit-module-path "$build/ChartCore.swiftmodule" -o "$build/libChartCore.a"
  libraries=("$build/libChartCore.a" "${libraries[@]}")
fi
if [ "$target" = engine ]; then
  # The C parts as SwiftPM builds them: the PNG writer, and Cairo and Pango through the module map.
  mkdir -p "$build/CPNGWriter"
  clang -O2 -c Sources/CPNGWriter/png_writer.c -I Sources/CPNGWriter/include $(pkg-config --cflags libpng16) -o "$build/png_writer.o"
  printf 'module CPNGWriter {\n  header "%s"\n  export *\n}\n' "$PWD/Sources/CPNGWriter/include/png_writer.h" > "$build/CPNGWriter/module.modulemap"
  cflags=()
  for flag in $(pkg-config --cflags pangocairo harfbuzz-subset fontconfig libpng16); do cflags+=(-Xcc "$flag"); done
  swiftc "${flags[@]}" -emit-module -emit-library -static -module-name ChartCairo -I "$build" -I "$build/CPNGWriter" \
    -I Sources/CPangoCairo "${cflags[@]}" Sources/ChartCairo/*.swift \
    -emit-module-path "$build/ChartCairo.swiftmodule" -o "$build/libChartCairo.a"
  libraries=("$build/libChartCairo.a" "${libraries[@]}" "$build/png_writer.o")
  flags+=(-I "$build/CPNGWriter" -I Sources/CPangoCairo "${cflags[@]}")
  links=($(pkg-config --libs pangocairo harfbuzz-subset fontconfig freetype2 libpng16))
fi
swiftc "${flags[@]}" -I "$build" "fuzz/targets/$target.swift" "${libraries[@]}" "${links[@]}" -o "$build/fuzz-$target"
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp "fuzz/corpus/$target/"* "$corpus/"
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# FUZZ_CORPUS_OUT=DIR: keep what the run found, merged into DIR (the smallest inputs that cover it).
keep() {
  if [ -n "${FUZZ_CORPUS_OUT:-}" ]; then
    mkdir -p "$FUZZ_CORPUS_OUT"
    "$build/fuzz-$target" -merge=1 "$FUZZ_CORPUS_OUT" "$corpus" >/dev/null 2>&1 || true
  fi
}
trap 'keep; rm -rf "$corpus"' EXIT
"$build/fuzz-$target" "$corpus" -max_total_time="$seconds" -max_len=8192 -timeout="$timeout" -rss_limit_mb=4096 \
  -artifact_prefix="fuzz/findings/$target/" -print_final_stats=1
