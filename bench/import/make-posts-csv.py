#!/usr/bin/env python3
"""Writes a CSV export (date,text,url) of 100,000 posts for the import benchmark (issue 13).

The texts are those of ../shared/corpus/dev.jsonl and dev2.jsonl in turn (so the check sees real Dutch school posts),
one every 52 minutes from August 2016 (about ten school years), in UTC, each with its own status URL.
Usage: bench/import/make-posts-csv.py OUT.csv [COUNT]
"""
import csv
import datetime
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parents[2]
texts = []
for name in ("dev.jsonl", "dev2.jsonl"):
    for line in (root.parent / "shared" / "corpus" / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])

count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
start = datetime.datetime(2016, 8, 1, 7, 0, 0)
with open(sys.argv[1], "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out)
    writer.writerow(["date", "text", "url"])
    for i in range(count):
        at = start + datetime.timedelta(minutes=52 * i)
        writer.writerow([at.strftime("%Y-%m-%dT%H:%M:%SZ"), texts[i % len(texts)], f"https://x.com/regenboog/status/{10**17 + i}"])
