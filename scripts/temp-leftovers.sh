#!/usr/bin/env bash
# Lists what a test run left in its temp folder (TMPDIR, which ./test.sh points at a folder of its own) and fails when
# anything is there: every test removes the files and folders it makes (tests/Protocolwacht.TestSupport/TemporaryFolder.cs).
# Not counted: the runtime's own diagnostics pipes and sockets (clr-debug-pipe-*, dotnet-diagnostic-*), which a process
# killed on purpose (the crash tests) cannot remove, and the two empty folders with a random six-character name that
# the SDK's `dotnet test PROJECT` itself makes and leaves at every call (seen with strace, tests12: made by the CLI
# process before any test host starts; `dotnet test ASSEMBLY.dll` makes none). A test's folder has a prefix of its own.
# Nor NuGet's scratch folder (NuGetScratch<user>), which the SDK makes in TMPDIR when a test runs a dotnet command.
# By hand, for one project: mkdir /tmp/t && TMPDIR=/tmp/t dotnet test tests/X; scripts/temp-leftovers.sh /tmp/t
set -uo pipefail
dir=${1:?usage: temp-leftovers.sh TEMP-FOLDER}
left=$(find "$dir" -mindepth 1 -maxdepth 1 ! -name 'clr-debug-pipe-*' ! -name 'dotnet-diagnostic-*' ! -name 'NuGetScratch*' \
  ! \( -type d -empty -regextype posix-extended -regex '.*/[A-Za-z0-9]{6}' \) -printf '%f\n' | sort)
[ -z "$left" ] && exit 0
count=$(printf '%s\n' "$left" | wc -l)
echo "the tests left $count files or folders in their temp folder (each test must remove what it makes):"
# By kind (the name without its random part), most first, then a few whole names to search the tests for.
printf '%s\n' "$left" | sed -E 's/[0-9a-f]{8,}|[A-Za-z0-9]{6}$//' | sort | uniq -c | sort -rn | head -n 20
printf '%s\n' "$left" | head -n 10 | sed 's/^/   /'
exit 1
