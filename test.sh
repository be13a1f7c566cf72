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

log() { printf '== %s\n' "$*" >&2; }

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
cleanup() { scripts/test-postgres.sh stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$work" "$pgdir"; }
trap cleanup EXIT INT TERM

log "starting PostgreSQL"
if ! PROTOCOLWACHT_TEST_POSTGRES=$(scripts/test-postgres.sh start "$pgdir"); then
  cat "$pgdir"/*.log 2>/dev/null | tail -n 20
  echo "0 passed, 1 failed"; exit 1
fi
export PROTOCOLWACHT_TEST_POSTGRES
export PROTOCOLWACHT_CHROMIUM=/usr/bin/chromium

log "building"
if ! dotnet build Protocolwacht.slnx -c Release -nologo -v q -clp:ErrorsOnly > "$work/build.log" 2>&1; then
  cat "$work/build.log" | tail -n 60
  echo "0 passed, 1 failed"; exit 1
fi

log "testing"
started=$(date +%s)
# Three lanes fed from one queue, longest first. `dotnet test` on the solution starts projects alphabetically,
# which left the browser and web tests (together most of the time) one after the other. The web tests are
# mostly waiting (a whole run used 0.5 of a core: real servers, child processes killed and restarted, real
# time in the reliability tests), so they run as two halves in two lanes beside the browser tests' lane: the
# folders (namespaces) of Protocolwacht.Web.Tests named here, and all the rest (a complement, so a new folder
# is never left out). Any test project not named below still runs, after the named ones.
export WEB_FIRST_HALF="Posts Publishing Infrastructure Compose Checks Attachments Incidents"
longest_first=(Web.Tests:first Web.Tests:rest Browser.Tests Cli.Tests Fuzz.Tests Persistence.Tests Connectors.Tests Checks.Tests Domain.Tests Imports.Tests)
queue=()
for name in "${longest_first[@]}"; do
  [ -f "tests/Protocolwacht.${name%%:*}/Protocolwacht.${name%%:*}.csproj" ] && queue+=("Protocolwacht.$name")
done
for csproj in $(grep -l '<IsTestProject>true' tests/*/*.csproj); do
  project=$(basename "$(dirname "$csproj")")
  [[ " ${queue[*]} " == *" $project"[:\ ]* ]] || queue+=("$project")
done
run_project() {
  if [ "$1" = format ]; then
    # The format check runs in whichever lane frees up first; its outcome is counted below as one test. Only the
    # whitespace part: the build already fails on every style and analyzer warning (EnforceCodeStyleInBuild,
    # TreatWarningsAsErrors), which the whole `dotnet format` re-checked at 140 s of processor against 20 s.
    dotnet format whitespace Protocolwacht.slnx --verify-no-changes -v q > "$RESULTS/../format.log" 2>&1
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
export -f run_project
export RESULTS="$work/results"
mkdir -p "$RESULTS"
printf '%s\n' "${queue[@]}" format | xargs -P 3 -I{} bash -c 'run_project "$1"' _ {} 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[1]}

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
# The format check counts as one more test, so a formatting drift shows in the final line.
if [ "$(cat "$work/format.status" 2>/dev/null)" = 0 ]; then
  passed=$(( ${passed:-0} + 1 ))
else
  echo "dotnet format found files to change (run 'dotnet format Protocolwacht.slnx'):"
  tail -n 30 "$work/format.log" 2>/dev/null
  failed=$(( ${failed:-0} + 1 ))
fi
rm -rf artifacts/results && mkdir -p artifacts && cp -r "$work/results" artifacts/ 2>/dev/null || true
log "tests took $(( $(date +%s) - started )) s"
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
[ "${failed:-0}" -eq 0 ]
