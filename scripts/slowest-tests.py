#!/usr/bin/env python3
"""Where a test run's time went, from the TRX files ./test.sh leaves in artifacts/results.

Usage: scripts/slowest-tests.py [RESULTS_DIR] [N]   (default artifacts/results, 40)
Prints per lane (TRX file) its wall time, the sum of its tests' durations and the average number of tests running at
once; then the N slowest tests and the N slowest classes (summed). A lane whose "at once" is below its xUnit
parallelism is waiting on a tail: a long class started late or the collections that run alone.
"""
import collections
import glob
import re
import sys
import xml.etree.ElementTree as ET
from datetime import datetime

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def seconds(duration):
    hours, minutes, rest = duration.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(rest)


def moment(stamp):
    # TRX stamps have 7 fractional digits; Python reads at most 6.
    return datetime.fromisoformat(re.sub(r"(\.\d{6})\d*", r"\1", stamp)).timestamp()


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "artifacts/results"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    tests, lanes = [], {}
    for path in sorted(glob.glob(folder + "/*.trx")):
        lane = path.split("/")[-1][:-len(".trx")].replace("Protocolwacht.", "")
        root = ET.parse(path).getroot()
        classes = {u.get("id"): u.find("t:TestMethod", NS).get("className") for u in root.iterfind(".//t:UnitTest", NS)}
        results = list(root.iterfind(".//t:UnitTestResult", NS))
        if not results:
            continue
        start = min(moment(r.get("startTime")) for r in results)
        end = max(moment(r.get("endTime")) for r in results)
        total = 0.0
        for r in results:
            took = seconds(r.get("duration", "0:0:0"))
            total += took
            tests.append((took, lane, classes.get(r.get("testId"), "?").split(".")[-1], r.get("testName")))
        lanes[lane] = (end - start, total, len(results))

    print(f"{'lane':26} {'wall s':>7} {'tests s':>8} {'at once':>7} {'tests':>6}")
    for lane, (wall, total, n) in sorted(lanes.items(), key=lambda item: -item[1][0]):
        print(f"{lane:26} {wall:7.0f} {total:8.0f} {total / max(wall, 1):7.1f} {n:6}")

    print(f"\n{count} slowest tests")
    for took, lane, _, name in sorted(tests, reverse=True)[:count]:
        print(f"{took:7.1f} {lane:18} {name[:120]}")

    per_class, per_class_count = collections.Counter(), collections.Counter()
    for took, lane, cls, _ in tests:
        per_class[(lane, cls)] += took
        per_class_count[(lane, cls)] += 1
    print(f"\n{count} slowest classes (summed)")
    for (lane, cls), took in per_class.most_common(count):
        print(f"{took:7.1f} {lane:18} {cls} ({per_class_count[(lane, cls)]} tests)")


if __name__ == "__main__":
    main()
