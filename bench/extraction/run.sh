#!/bin/sh
# Side-by-side extraction benchmark: newsflow's extractor, Mozilla Readability (linkedom) and
# Jsoup's parse-only rate over the same pages. Needs node 20+, npm and a JDK 21+; builds the
# newsflow jar when it is missing. Not part of the Maven build.
#
# Usage: bench/extraction/run.sh [DATASET_DIR] [--limit N]
#   DATASET_DIR defaults to $NEWSFLOW_DATASETS/extraction, else ../shared/datasets/extraction
#   beside the repository.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${1:-${NEWSFLOW_DATASETS:-$root/../shared/datasets}/extraction}
[ $# -gt 0 ] && shift
jar="$root/newsflow-cli/target/newsflow.jar"
out="$here/results"
mkdir -p "$out"

if [ ! -d "$here/node_modules/@mozilla/readability" ]; then
  (cd "$here" && npm install --no-audit --no-fund >/dev/null)
fi
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -q -pl newsflow-cli -am package -DskipTests)
fi

echo "newsflow (single thread, decode + extract):" >&2
java -Xmx1g -jar "$jar" eval extraction --dataset "$data" "$@" 2>/dev/null | tee "$out/newsflow.txt"
echo >&2
echo "Readability.js (single thread, decode + parse + extract):" >&2
node "$here/readability.mjs" "$data" "$@" | tee "$out/readability.tsv"
echo >&2
java -Xmx1g -cp "$jar" "$here/JsoupParseRate.java" "$data" | tee "$out/jsoup.tsv"
echo "newsflow, pages per CPU-second after a warm-up pass:" >&2
java -Xmx1g -cp "$jar" "$here/ExtractionCpuRate.java" "$data" | tee "$out/cpu.tsv"
echo "newsflow on synthetic pages up to 10 MB (heap capped at 256 MB):" >&2
java -Xmx256m -cp "$jar" "$here/LargePageHeap.java" 10 | tee "$out/large-page.tsv"
echo

# Side by side: per set, F1 and pages/s of both and newsflow's speed over Readability's, in wall
# time (first passes, which includes each runtime's warm-up) and in CPU time (warm passes; the
# figure to trust on a busy machine).
awk -F'\t' '
  FILENAME ~ /readability.tsv$/ { rf1[$1] = $7; rps[$1] = $8; rcpu[$1] = $9; next }
  FILENAME ~ /cpu.tsv$/ { split($3, c, " "); ncpu[$1] = c[1]; next }
  $2 == "all" { nf1[$1] = $8; nps[$1] = $13; sets[$1] = 1 }
  END {
    printf "%-14s %9s %9s %11s %11s %7s %12s %12s %7s\n", "set", "newsflow", "readab.", "newsflow/s", "readab./s",
      "wall x", "newsflow/cpu", "readab./cpu", "cpu x"
    for (s in sets) printf "%-14s %9s %9s %11s %11s %7.2f %12s %12s %7.2f\n", s, nf1[s], rf1[s], nps[s], rps[s],
      (rps[s] > 0 ? nps[s] / rps[s] : 0), ncpu[s], rcpu[s], (rcpu[s] > 0 ? ncpu[s] / rcpu[s] : 0)
  }' "$out/readability.tsv" "$out/cpu.tsv" FS=' +' "$out/newsflow.txt"
