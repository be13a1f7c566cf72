#!/usr/bin/env bash
# Checks that ./test.sh stops when its build fails or is killed, or when the script itself is stopped (SIGTERM):
# a clear message, a failing summary line, a failing exit status, no test lane started and no process left behind.
# A stub `dotnet` first on PATH stands in for the SDK (the real PostgreSQL start runs as usual), so a case takes
# seconds. Run by hand after changing test.sh: scripts/test-script-tests.sh (ends with "N passed, N failed").
set -uo pipefail
cd "$(dirname "$0")/.."
script_under_test=${1:-./test.sh} # another copy of the script in the repository root, to show what an old one did
stubs=$(mktemp -d /tmp/protocolwacht-test-sh.XXXXXX)
trap 'rm -rf "$stubs"' EXIT
cat > "$stubs/dotnet" <<'STUB'
#!/usr/bin/env bash
# Records each call; `build` and `test` fail, hang or pass as STUB_BUILD / STUB_TEST say.
echo "$*" >> "$STUB_DIR/calls"
case "$1" in
  build) mode=$STUB_BUILD ;;
  test) mode=$STUB_TEST ;;
  *) exit 0 ;;
esac
case "$mode" in
  fail) echo "error CS0000: the stub's build error"; exit 1 ;;
  hang) echo $$ >> "$STUB_DIR/pids"; exec sleep 300 ;;
  leave) mkdir -p "${TMPDIR:-/tmp}/pw-history-0123456789"; exit 0 ;;
  *) exit 0 ;;
esac
STUB
chmod +x "$stubs/dotnet"

passed=0 failed=0
check() { # WHAT CONDITION...
  if "${@:2}"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $1"; tail -n 15 "$stubs/out"; fi
}

# Runs ./test.sh with the stub; ACTION (optional) runs once the stub has a hanging process, with the script's pid.
run() { # BUILD-MODE TEST-MODE [ACTION]
  rm -f "$stubs/calls" "$stubs/pids"
  STUB_DIR=$stubs STUB_BUILD=$1 STUB_TEST=$2 PATH="$stubs:$PATH" "$script_under_test" > "$stubs/out" 2>&1 &
  local script=$!
  if [ -n "${3:-}" ]; then
    for _ in $(seq 600); do [ -s "$stubs/pids" ] && break; sleep 0.1; done
    "$3" "$script"
  fi
  wait "$script"
  status=$?
}
kill_build() { kill -TERM "$(head -n 1 "$stubs/pids")"; }
kill_script() { kill -TERM "$1"; }
last_line_fails() { [ "$(tail -n 1 "$stubs/out")" = "0 passed, 1 failed" ] && [ "$status" -ne 0 ]; }
no_test_started() { ! grep -q '^test ' "$stubs/calls" && ! grep -q ' testing$' "$stubs/out"; }
says() { grep -q -- "$1" "$stubs/out"; }
# A process the script stopped may take a moment to exit on a busy machine, and a zombie (dead, not yet reaped) counts as
# gone; one still running after 10 s was not stopped.
alive() { [ -r "/proc/$1/stat" ] && [ "$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null)" != Z ]; }
none_left() {
  local pid
  for _ in $(seq 50); do
    for pid in $(cat "$stubs/pids" 2>/dev/null); do alive "$pid" && break; pid=""; done
    [ -z "${pid:-}" ] && return 0
    sleep 0.2
  done
  return 1
}

run fail pass
check "a failing build: failing summary" last_line_fails
check "a failing build: says so" says "the build failed (exit status 1"
check "a failing build: no lane" no_test_started

run hang pass kill_build
check "a killed build: failing summary" last_line_fails
check "a killed build: says so" says "the build was killed by signal 15 (TERM)"
check "a killed build: no lane" no_test_started

run hang pass kill_script
check "script stopped during the build: failing summary" last_line_fails
check "script stopped during the build: exit status 143" test "$status" -eq 143
check "script stopped during the build: says so" says "stopped by SIGTERM before it finished (build)"
check "script stopped during the build: no lane" no_test_started
check "script stopped during the build: the build stopped too" none_left

run pass hang kill_script
check "script stopped during the tests: failing summary" last_line_fails
check "script stopped during the tests: says so" says "stopped by SIGTERM before it finished (tests)"
check "script stopped during the tests: the test processes stopped too" none_left

# The tests' temp folder (tests12): a folder a test leaves there fails the run and is named; none left, no complaint.
run pass leave
check "a test leaves a folder: says so" says "the tests left 1 files or folders in their temp folder"
check "a test leaves a folder: names it" says "pw-history-0123456789"
check "a test leaves a folder: failing summary" test "$status" -ne 0
check "a test leaves a folder: not in /tmp" test ! -e /tmp/pw-history-0123456789
run pass pass
check "no test leaves anything: no complaint" bash -c "! grep -q 'temp folder' '$stubs/out'"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
