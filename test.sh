#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine and ends with "N passed, N failed, N skipped".
# It installs what the tests need when missing (Debian's postgresql and chromium), starts its own
# PostgreSQL on a free loopback port, and stops it again whatever happens.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The test phase is short of processor (two cores, three lanes). Tiered PGO's instrumented tier is extra JIT work
# in every test host and in every child process the tests start (the publisher killed by the crash test, the
# CLI); without it the CLI used about a quarter less processor time (docs/benchmarks.md). Behaviour is the same.
export DOTNET_TieredPGO=0
# vstest kills a test host 100 ms after the session ends unless told otherwise. The test processes' exit handlers stop
# the pooled apps and remove their data folders; killed mid-way they left five protocolwacht-app folders behind, and the
# temp-folder check below failed a run whose tests had all passed. A host that has nothing left to do exits at once.
export VSTEST_TESTHOST_SHUTDOWN_TIMEOUT=30000

# Each step with the seconds since the start, so a run's timeline (docs/benchmarks.md) can be read off its log.
log() { printf '== %4d s  %s\n' "$SECONDS" "$*" >&2; }

install_missing() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation >/dev/null
}

install_missing || { echo "could not install the test prerequisites"; echo "0 passed, 1 failed"; exit 1; }
command -v dotnet >/dev/null || { echo "the .NET SDK is not installed"; echo "0 passed, 1 failed"; exit 1; }

work=$(mktemp -d /tmp/protocolwacht-test.XXXXXX)
# Its own folder, not inside $work: the postgres user must be able to enter it.
pgdir=$(mktemp -d /tmp/protocolwacht-pg.XXXXXX)
tmpdir=$(mktemp -d /tmp/protocolwacht-tmp.XXXXXX) && chmod 1777 "$tmpdir"
cleanup() {
  # PostgreSQL may still be starting (it starts beside the build): stop it only once it is up.
  [ -n "${postgres_starter:-}" ] && wait "$postgres_starter" 2>/dev/null
  scripts/test-postgres.sh stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$work" "$pgdir" "$tmpdir"
}
trap cleanup EXIT
# A SIGTERM (a CI job cancelled or timed out) or Ctrl-C ends the script here, with a failing summary line: a trap
# alone would run the clean-up and then carry on into the next step without PostgreSQL or the work folder. The step
# running in the background (run_step) is stopped first; the EXIT trap then cleans up.
# The handler writes to the script's own output (3, 4): the trap runs inside the step's redirection (the build's log).
step_pid=""
exec 3>&1 4>&2
stopped() {
  [ -n "$step_pid" ] && kill -TERM -- "-$step_pid" 2>/dev/null && wait "$step_pid" 2>/dev/null
  {
    log "stopped by SIG$1 ${step_name:-}"
    echo "test.sh was stopped by SIG$1 before it finished (${step_name:-}): no test result counts"
    echo "0 passed, 1 failed"
  } >&3 2>&4
  exit $(( 128 + $2 ))
}
trap 'stopped TERM 15' TERM
trap 'stopped INT 2' INT
# Runs one step in the background and waits for it: bash runs a trap only once the command in the foreground has
# ended, so a build in the foreground would finish (minutes) before the script noticed a SIGTERM; `wait` returns at once.
# The step gets a process group of its own (set -m), so stopping it reaches every process it started (the lanes'
# test hosts), and only those.
run_step() { # NAME COMMAND...
  step_name=$1
  set -m
  "${@:2}" &
  step_pid=$!
  set +m
  wait "$step_pid"
  local status=$?
  step_pid=""
  return "$status"
}

# PostgreSQL starts beside the build (initdb and the server's start are mostly waiting on the disk); the tests
# need it only after the build.
log "starting PostgreSQL and building"
scripts/test-postgres.sh start "$pgdir" > "$work/postgres.url" 2> "$work/postgres.err" &
postgres_starter=$!

# Two solution filters: the projects the tests need (src/, tests/, fuzz/) are built before the tests; the benchmarks
# and tools (bench/, tools/), which no test runs, are built as one more item of the test queue (below), in whichever
# lane frees up first, under the same warnings-as-errors and style rules, and a failure counts as a failed test.
solution_filter() { # NAME GREP-ARGS: the solution's projects whose path grep -E selects with GREP-ARGS
  local projects
  projects=$(grep -o 'Path="[^"]*\.csproj"' Protocolwacht.slnx | cut -d'"' -f2 | grep -E "${@:2}" | sed 's/.*/"&"/' | paste -sd,)
  printf '{ "solution": { "path": "%s", "projects": [%s] } }\n' "$PWD/Protocolwacht.slnx" "$projects" > "$work/$1.slnf"
}
solution_filter tested -v '^(bench|tools)/'
solution_filter extras '^(bench|tools)/'
export EXTRAS_FILTER="$work/extras.slnf"

# The compiler server: without it every project's compile is a new compiler process that loads and JIT-compiles
# the compiler and the analyzers again (some hosts set UseSharedCompilation=false in the environment). It is shut
# down after the build, so nothing of the build outlives it.
build_failed() { # STEP STATUS: the build's step failed or was killed; nothing is tested
  dotnet build-server shutdown --vbcscompiler > /dev/null 2>&1
  tail -n 60 "$work/build.log"
  if [ "$2" -gt 128 ]; then
    echo "the $1 was killed by signal $(( $2 - 128 )) ($(kill -l "$2" 2>/dev/null || echo ?)): no tests were run"
  else
    echo "the $1 failed (exit status $2; its log's last lines are above): no tests were run"
  fi
  echo "0 passed, 1 failed"; exit 1
}
run_step restore dotnet restore Protocolwacht.slnx -nologo -v q > "$work/build.log" 2>&1 || build_failed restore $?
run_step build dotnet build "$work/tested.slnf" -c Release --no-restore -nologo -v q -clp:ErrorsOnly \
  -p:UseSharedCompilation=true >> "$work/build.log" 2>&1 || build_failed build $?
dotnet build-server shutdown --vbcscompiler > /dev/null 2>&1
log "built"

if ! wait "$postgres_starter"; then
  cat "$work/postgres.err" "$pgdir"/*.log 2>/dev/null | tail -n 20
  echo "0 passed, 1 failed"; exit 1
fi
PROTOCOLWACHT_TEST_POSTGRES=$(cat "$work/postgres.url")
export PROTOCOLWACHT_TEST_POSTGRES
export PROTOCOLWACHT_CHROMIUM=/usr/bin/chromium

log "testing"
started=$(date +%s)
# The tests' temp folder, one of the run's own: whatever a test leaves there fails the run (scripts/temp-leftovers.sh,
# below), and nothing piles up in /tmp from run to run (about a hundred folders a run before tests12). Not inside
# $work, and open like /tmp (1777): the postgres user must enter the folders of the servers some tests start there
# (RestartablePostgresServer).
TMPDIR=$tmpdir
export TMPDIR
# Three lanes fed from one queue, longest first. `dotnet test` on the solution starts projects alphabetically,
# which left the browser and web tests (together most of the time) one after the other. The web tests are
# mostly waiting (a whole run used 0.5 of a core: real servers, child processes killed and restarted, real
# time in the reliability tests), so they run as two halves in two lanes beside the browser tests' lane: the
# folders (namespaces) of Protocolwacht.Web.Tests named here, and all the rest (a complement, so a new folder
# is never left out). Any test project not named below still runs, after the named ones.
export WEB_FIRST_HALF="Posts Publishing Infrastructure Compose Checks Attachments Incidents"
# The order is by stop 41's quiet fresh-clone timeline (seconds): the web halves 810 and 778, Browser 594, Cli 121,
# Checks 97, Fuzz 73, Persistence 65, the format check 43, Connectors 39, the extras' build 39, Imports 13, Domain 11.
# Checks.Tests used to come after Connectors and ran alone at the tail; the short items go last, where they fill the
# lanes that free up first.
longest_first=(Web.Tests:first Web.Tests:rest Browser.Tests Cli.Tests Checks.Tests Fuzz.Tests Persistence.Tests format Connectors.Tests extras Imports.Tests Domain.Tests)
queue=() # the test projects (or halves), each of which must leave a TRX file
items=() # the queue in its order, with the format check and the extras' build among the projects
for name in "${longest_first[@]}"; do
  if [ "$name" = format ] || [ "$name" = extras ]; then
    items+=("$name")
  elif [ -f "tests/Protocolwacht.${name%%:*}/Protocolwacht.${name%%:*}.csproj" ]; then
    queue+=("Protocolwacht.$name")
    items+=("Protocolwacht.$name")
  fi
done
for csproj in $(grep -l '<IsTestProject>true' tests/*/*.csproj); do
  project=$(basename "$(dirname "$csproj")")
  [[ " ${queue[*]} " == *" $project"[:\ ]* ]] || { queue+=("$project"); items+=("$project"); }
done
run_project() {
  # When each item of the queue ran, in seconds since the script started, for the timeline at the end.
  local began=$(( $(date +%s) - SCRIPT_STARTED ))
  run_item "$1"
  local status=$?
  echo "$1 $began $(( $(date +%s) - SCRIPT_STARTED ))" >> "$RESULTS/../lanes.txt"
  return "$status"
}
run_item() {
  if [ "$1" = extras ]; then
    # The benchmarks and tools against the projects built above (not rebuilt: tests are running from them). Counted
    # below as one test. No compiler server here: it would outlive the lane.
    dotnet build "$EXTRAS_FILTER" -c Release --no-restore -p:BuildProjectReferences=false -nologo -v q -clp:ErrorsOnly \
      > "$RESULTS/../extras.log" 2>&1
    echo $? > "$RESULTS/../extras.status"
    return 0
  fi
  if [ "$1" = format ]; then
    # The format check runs in whichever lane frees up first; its outcome is counted below as one test. Only the
    # whitespace part: the build already fails on every style and analyzer warning (EnforceCodeStyleInBuild,
    # TreatWarningsAsErrors), which the whole `dotnet format` re-checked at 140 s of processor against 20 s. With
    # --folder it reads the tree's files and .editorconfig without loading the solution's projects: 20.5 s of
    # processor against 42.7 s (tests9), and it covers every C# file in the tree, tools and bench included.
    dotnet format whitespace . --folder --verify-no-changes -v q > "$RESULTS/../format.log" 2>&1
    echo $? > "$RESULTS/../format.status"
    return 0
  fi
  local project=${1%%:*} part=${1#*:} filter=()
  if [ "$part" != "$1" ]; then
    local inside=() outside=() ns
    for ns in $WEB_FIRST_HALF; do
      inside+=("FullyQualifiedName~$project.$ns.")
      outside+=("FullyQualifiedName!~$project.$ns.")
    done
    if [ "$part" = first ]; then
      filter=(--filter "$(IFS='|'; echo "${inside[*]}")")
    else
      filter=(--filter "$(IFS='&'; echo "${outside[*]}")")
    fi
  fi
  # One TRX file per project (or half), named after it: two starting in the same second must not share a file.
  dotnet test "tests/$project/$project.csproj" -c Release --no-build -nologo -v q "${filter[@]}" \
    --logger "trx;LogFileName=${1/:/-}.trx" --results-directory "$RESULTS" 2>&1 | grep -vE '^\s*$'
  return "${PIPESTATUS[0]}"
}
export -f run_project run_item
export RESULTS="$work/results" SCRIPT_STARTED=$(( $(date +%s) - SECONDS ))
mkdir -p "$RESULTS"
lanes() {
  printf '%s\n' "${items[@]}" | xargs -P 3 -I{} bash -c 'run_project "$1"' _ {} 2>&1 | tee "$work/test.log"
  return "${PIPESTATUS[1]}"
}
# Every test host and the apps and CLIs it starts allocate fast; the runtime's default first-generation budget here is
# small on this machine (it reports no cache size, tests8 found), so they collect very often. 64 MB took 6.7 % off the processor time of
# 53 web tests (four alternated pairs, docs/benchmarks.md "Stop 42"). Behaviour is the same.
export DOTNET_GCgen0size=0x4000000
run_step tests lanes
status=$?

# Count from the TRX files: one per test project, so a crashed project without a summary still shows up
# (as a failure via the exit status below).
read -r passed failed skipped < <(python3 - "$work/results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    if c is None:
        continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    s += int(c.get("notExecuted", 0))
print(p, f, s)
PY
)
# Why a test failed, from the TRX files: CI keeps only this output, so the message and the top of the stack go here.
python3 - "$work/results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for path in sorted(glob.glob(sys.argv[1] + "/*.trx")):
    for r in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        if r.get("outcome") != "Failed":
            continue
        print("---- failed: " + r.get("testName", "?"))
        for tag, lines in (("Message", 12), ("StackTrace", 16)):
            e = r.find("t:Output/t:ErrorInfo/t:" + tag, ns)
            if e is not None and e.text:
                print("\n".join(e.text.strip().splitlines()[:lines]))
PY
projects=$(ls "$work"/results/*.trx 2>/dev/null | wc -l)
expected=${#queue[@]}
if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then failed=1; fi
if [ "$projects" -lt "$expected" ]; then
  echo "only $projects of $expected test projects reported results"
  failed=$(( ${failed:-0} + expected - projects ))
fi
# The benchmarks' and tools' build counts as one more test, so a compile error or style warning there shows in the final line.
if [ "$(cat "$work/extras.status" 2>/dev/null)" = 0 ]; then
  passed=$(( ${passed:-0} + 1 ))
else
  echo "the build of bench/ and tools/ failed:"
  tail -n 30 "$work/extras.log" 2>/dev/null
  failed=$(( ${failed:-0} + 1 ))
fi
# The format check counts as one more test, so a formatting drift shows in the final line.
if [ "$(cat "$work/format.status" 2>/dev/null)" = 0 ]; then
  passed=$(( ${passed:-0} + 1 ))
else
  echo "dotnet format found files to change (run 'dotnet format Protocolwacht.slnx'):"
  tail -n 30 "$work/format.log" 2>/dev/null
  failed=$(( ${failed:-0} + 1 ))
fi
# The checker's reports (a corpus's wrong posts, CorpusRun), written to the temp folder to be read: kept, not left.
mkdir -p "$work/results/reports" && mv "$TMPDIR"/protocolwacht-*.txt "$work/results/reports/" 2>/dev/null
# What the tests left in their temp folder counts as one more test, so a test that does not clean up shows in the final line.
if scripts/temp-leftovers.sh "$TMPDIR" > "$work/leftovers.log"; then
  passed=$(( ${passed:-0} + 1 ))
else
  cat "$work/leftovers.log"
  failed=$(( ${failed:-0} + 1 ))
fi
rm -rf artifacts/results && mkdir -p artifacts && cp -r "$work/results" artifacts/ 2>/dev/null || true
log "tests took $(( $(date +%s) - started )) s"
# The queue's timeline (seconds since the start): which item ran when, and so how long the last one ran alone.
sort -k2,2n "$work/lanes.txt" 2>/dev/null | awk '{ printf "   %-30s %5d s - %5d s  (%d s)\n", $1, $2, $3, $3 - $2 }' >&2
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
[ "${failed:-0}" -eq 0 ]
