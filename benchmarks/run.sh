#!/usr/bin/env bash
# Builds the JMH jar and runs the whole benchmark suite (issue #8), from any directory:
#
#   benchmarks/run.sh short   # a quick look, ~7 min: 1 fork, 3x2 s warm-up (less leaves a
#                             # loaded 2-core machine still compiling), 5x1 s measurement;
#                             # bulk: 3+5 passes; cold start: 3 forks; FHIR bundle: 1 fork
#   benchmarks/run.sh full    # the numbers of benchmarks/README.md, ~27 min: 3 forks, 3x2 s warm-up, 5x2 s
#                             # measurement; bulk: 3+5 passes per fork; cold start: 10 forks;
#                             # FHIR bundle: 3 forks
#
# The FHIR bundle benchmark (8) keeps its own warm-up and measurement (6+5 iterations of 5 s, a
# fixed 2 GB heap): its operations take a tenth of a second or more, and the others' budget leaves
# its scores still falling.
#
# Benchmarks 1-4 run with -prof gc (allocation per operation); every benchmark also reports
# cpu.time.norm (CpuTimeProfiler: CPU time of the JVM per operation, robust to a busy machine,
# where wall-clock time is not). Results go to
# benchmarks/results/<mode>-steady.json, <mode>-cold.json and <mode>-fhir.json (JMH JSON), with
# <mode>-machine.txt
# (cores, JDK, load before, during and after); the table of ratios is printed at the end and can be
# rebuilt with: python3 benchmarks/results-table.py benchmarks/results/<mode>
# A second argument overrides the result name: benchmarks/run.sh short my-laptop
set -euo pipefail

mode="${1:-short}"
name="${2:-$mode}"
case "$mode" in
  short) steady=(-f 1 -wi 3 -w 2s -i 5 -r 1s) cold=(-f 3) fhir=(-f 1) ;;
  full) steady=(-f 3 -wi 3 -w 2s -i 5 -r 2s) cold=(-f 10) fhir=(-f 3) ;;
  *) echo "usage: $0 short|full [result-name]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
out=benchmarks/results
jar=benchmarks/target/benchmarks.jar
mkdir -p "$out"

mvn -B -q -pl benchmarks -am package -DskipTests

machine() {
  echo "$1: $(date -u +%Y-%m-%dT%H:%M:%SZ) cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
}
{
  machine start
  echo "java: $(java -version 2>&1 | head -1)"
  echo "os: $(uname -sr)"
} > "$out/$name-machine.txt"

# the 1-minute load average every 15 s while the suite runs (the suite itself adds about 1)
(while sleep 15; do cut -d' ' -f1 /proc/loadavg; done) > "$out/$name-load.tmp" &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true; rm -f "$out/$name-load.tmp"' EXIT

cpu=org.therapykit.benchmarks.CpuTimeProfiler
java -jar "$jar" -e 'ColdStartBenchmark|FhirBundleBenchmark' "${steady[@]}" -prof gc -prof "$cpu" \
  -rf json -rff "$out/$name-steady.json"
java -jar "$jar" ColdStartBenchmark "${cold[@]}" -prof "$cpu" -rf json -rff "$out/$name-cold.json"
java -jar "$jar" FhirBundleBenchmark "${fhir[@]}" -prof gc -prof "$cpu" \
  -rf json -rff "$out/$name-fhir.json"

# the classes a first practitioner read loads (issue #12 asks for TherapyKit's count)
for reader in therapykit records; do
  log="$out/$name-classes-$reader.tmp"
  java -Xlog:class+load=info:file="$log" -cp "$jar" org.therapykit.benchmarks.FirstRead "$reader"
  echo "classes loaded by a first read ($reader): $(grep -c 'source:' "$log") in all," \
    "$(grep ' org\.therapykit\.' "$log" | grep -vc 'org\.therapykit\.benchmarks') of them" \
    "TherapyKit's (the benchmark's own classes aside)," \
    "$(grep -c ' tools\.jackson\.' "$log") Jackson's" >> "$out/$name-machine.txt"
  rm -f "$log"
done

machine end >> "$out/$name-machine.txt"
kill "$sampler" 2>/dev/null || true
sort -n "$out/$name-load.tmp" | awk '{s += $1; a[NR] = $1} END {
  if (NR) printf "load during run: %d samples, mean %.2f, median %.2f, max %.2f\n", NR, s / NR,
    a[int((NR + 1) / 2)], a[NR]}' >> "$out/$name-machine.txt"
python3 benchmarks/results-table.py "$out/$name"
