#!/usr/bin/env bash
# Runs one fuzz target under AFL++ for SECONDS and prints what the run did:
#   scripts/fuzz.sh TARGET SECONDS [EXECUTIONS]   (scripts/fuzz.sh --list names the targets)
# It stops after SECONDS, or earlier once about EXECUTIONS inputs have run when that is given.
# On a fresh machine it installs AFL++ (Debian's afl++) and the SharpFuzz instrumentation tool (the
# local dotnet tool manifest), publishes fuzz/Protocolwacht.Fuzz to artifacts/fuzz/bin, instruments
# the Protocolwacht assemblies there (never the normal build output) and runs afl-fuzz niced, on the
# seeds in fuzz/corpus/TARGET. Findings stay in artifacts/fuzz/TARGET/default/{crashes,hangs}; replay
# one (uninstrumented) with: dotnet run --project fuzz/Protocolwacht.Fuzz -- TARGET --replay FILE
# Exit status: 0 when the run ended with 0 crashes, 1 otherwise. FUZZ_SKIP_BUILD=1 reuses the
# instrumented build of an earlier run (for several targets in a row).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bin=artifacts/fuzz/bin
if [ "${1:-}" = "--list" ]; then
  exec dotnet run --project fuzz/Protocolwacht.Fuzz -c Release -- --list
fi
target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS [EXECUTIONS]}
executions=${3:-}
[ -d "fuzz/corpus/$target" ] || { echo "no seeds in fuzz/corpus/$target (scripts/fuzz.sh --list)" >&2; exit 2; }

if ! command -v afl-fuzz >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi

if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$bin/.instrumented" ]; then
  dotnet tool restore >/dev/null
  rm -rf "$bin"
  dotnet publish fuzz/Protocolwacht.Fuzz -c Release -o "$bin" -nologo -v q >/dev/null
  # Coverage feedback for our own code; the framework and packages stay as they are.
  for dll in "$bin"/Protocolwacht.*.dll "$bin"/protocolwacht.dll; do
    case "$dll" in */Protocolwacht.Fuzz.dll) continue ;; esac
    dotnet sharpfuzz "$dll" >/dev/null
  done
  touch "$bin/.instrumented"
fi

out="artifacts/fuzz/$target"
rm -rf "$out"
mkdir -p "$out"
# AFL_SKIP_BIN_CHECK: the program is `dotnet`, the instrumentation is in the managed assemblies.
# AFL_NO_AFFINITY: the machine is shared; let the scheduler place us. Core dumps are not needed.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
machine="$(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), load $(cut -d' ' -f1 /proc/loadavg) at start"
nice -n 10 afl-fuzz -i "fuzz/corpus/$target" -o "$out" -x fuzz/dictionaries/protocolwacht.dict \
  -t 20000 -m none -V "$seconds" ${executions:+-E "$executions"} -- dotnet "$bin/Protocolwacht.Fuzz.dll" "$target" > "$out/afl.log" 2>&1 || {
  tail -n 30 "$out/afl.log" >&2; exit 1; }

stats="$out/default/fuzzer_stats"
value() { awk -F' *: *' -v k="$1" '$1==k {print $2}' "$stats"; }
crashes=$(value saved_crashes)
printf 'target %s, started %s, %s s: %s executions, %s execs/s, %s crashes, %s hangs, %s corpus items, %s edges found; machine: %s\n' \
  "$target" "$started" "$(value run_time)" "$(value execs_done)" "$(value execs_per_sec)" "$crashes" "$(value saved_hangs)" \
  "$(value corpus_count)" "$(value edges_found)" "$machine" | tee -a artifacts/fuzz/runs.log
[ "$crashes" = 0 ]
