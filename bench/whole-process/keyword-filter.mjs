// The whole-process baseline: read the same batch input lines as `protocolwacht check --jsonl`, run one
// npm keyword filter on each text with its built-in word list, write one JSON line per post.
// Usage: node keyword-filter.mjs obscenity|allprofanity < posts.jsonl > out.jsonl
import { createInterface } from "node:readline";

const tool = process.argv[2];
let isProfane;
if (tool === "obscenity") {
  const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import("obscenity");
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  isProfane = (text) => matcher.hasMatch(text);
} else if (tool === "allprofanity") {
  const { default: filter } = await import("allprofanity");
  isProfane = (text) => filter.check(text);
} else {
  console.error("usage: node keyword-filter.mjs obscenity|allprofanity");
  process.exit(1);
}

const out = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line) continue;
  const post = JSON.parse(line);
  out.push(JSON.stringify({ id: post.id, verdict: isProfane(post.text) ? "block" : "allow" }));
  if (out.length === 1000) { process.stdout.write(out.join("\n") + "\n"); out.length = 0; }
}
if (out.length) process.stdout.write(out.join("\n") + "\n");
