#!/usr/bin/env python3
"""Writes N posts (default 100,000) as batch input lines: the texts of the dev corpora, cycled, each
line with its own id, so every tool in the comparison reads the same texts. Usage: make-posts.py OUT [N]"""
import json, sys, pathlib
root = pathlib.Path(__file__).resolve().parents[2]
lines = []
for name in ("dev.jsonl", "dev2.jsonl"):
    for raw in (root.parent / "shared" / "corpus" / name).read_text(encoding="utf-8").splitlines():
        d = json.loads(raw)
        d.pop("expected", None); d.pop("advice", None)
        lines.append(d)
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for i in range(n):
        d = dict(lines[i % len(lines)]); d["id"] = f"post-{i + 1:06d}"
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
