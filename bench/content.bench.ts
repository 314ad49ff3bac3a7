// Parse + validate benchmark for the content core:
//   npm run bench:content -- [--notes N] [--runs R]
// Generates N synthetic notes in the authors' format in a temp dir, loads them R times
// (parse, validate, derive cards) and reports the median against the 1.5 s target.
import { mkdtemp, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadLibrary } from "@/lib/content/load-library";
import { parseMarkdown } from "@/lib/content/markdown-tree";

const TARGET_MS = 1500;
const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const resultsPath = path.join(repoRoot, "bench", "results.json");

const argsSchema = z.object({
  notes: z.coerce.number().int().min(10).max(20_000),
  runs: z.coerce.number().int().min(1).max(20),
});

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = (
  "replica leader follower quorum partition shard latency throughput timeout retry backoff jitter " +
  "idempotency key log offset consumer producer broker lease fencing token clock skew vector lamport " +
  "consensus majority election heartbeat failover lag snapshot compaction cache eviction stampede " +
  "load balancer health check circuit breaker fallback degradation replay durability acknowledgement"
).split(" ");

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(VOCABULARY[Math.floor(random() * VOCABULARY.length)] ?? "node");
  const text = out.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, 8 + Math.floor(random() * 10))).join(" ");
}

const AREAS = ["distributed", "operations"] as const;

function noteId(i: number): string {
  return `synthetic-note-${i}`;
}

function notePath(i: number): string {
  return `${AREAS[i % 2]}/${noteId(i)}.md`;
}

function link(from: number, to: number): string {
  const target = `${AREAS[to % 2] === AREAS[from % 2] ? "" : `../${AREAS[to % 2]}/`}${noteId(to)}.md`;
  return `[Note ${to}](${target})`;
}

/** A note shaped like the authors' (~1,000 words, tables, code, five trap questions). */
function syntheticNote(i: number, total: number): string {
  const random = mulberry32(i + 1);
  const walkthrough = i % 10 === 0;
  const bullets = (n: number, words = 12) => Array.from({ length: n }, () => `- ${sentence(random, words)}`).join("\n");
  const traps = Array.from(
    { length: 5 },
    (_, k) => `${k + 1}) **Q:** ${sentence(random, 10).slice(0, -1)} (${i}.${k})?\n   - **A:** ${paragraph(random, 2)}`,
  ).join("\n");
  const prerequisite = i > 0 ? `- ${link(i, Math.floor(random() * i))}` : "- None.";
  const flow = walkthrough
    ? `\n## End-to-end flow\n${Array.from({ length: 6 }, (_, k) => `${k + 1}. ${sentence(random, 14)}`).join("\n")}\n\n` +
      "| Hop | What can fail | What you observe | Mitigation |\n|---|---|---|---|\n" +
      Array.from({ length: 5 }, () => `| ${sentence(random, 2)} | ${sentence(random, 4)} | ${sentence(random, 4)} | ${sentence(random, 4)} |`).join("\n") +
      `\n\n## Simulation\n\`\`\`sim\nscenario: request-flow\nseed: ${i}\n\`\`\`\n`
    : "";
  return `---
id: ${noteId(i)}
title: "Synthetic note ${i}"
type: ${walkthrough ? "walkthrough" : "concept"}
status: learning
importance: ${Math.floor(random() * 101)}
difficulty: ${["easy", "medium", "hard"][i % 3]}
tags: [${AREAS[i % 2]}, synthetic]
canonical: true
aliases: [synthetic ${i}]
created_at: 2026-11-22
updated_at: 2026-11-22
---

# Synthetic note ${i}

## TL;DR (BLUF)
${bullets(4)}

## Definition
**What it is:** ${paragraph(random, 2)}
**Key terms:** replica, quorum, lease, fencing token.
${flow}
## Why it matters
${bullets(3, 16)}

## Scope & Non-goals
**In scope:** ${sentence(random, 12)}
**Out of scope / NOT solved by this:** ${sentence(random, 12)}

## Mental model / Intuition
${paragraph(random, 4)}

\`\`\`text
client --> lb --> service --> primary
                         \\--> follower (async)
\`\`\`

## Decision rules (When to use / When not to use)
### Use it when
${bullets(3)}
### Avoid it when
${bullets(2)}

## How I would use it (practical)
- **Context:** ${sentence(random, 10)}
- **Steps:** ${sentence(random, 16)}
- **What success looks like:** ${sentence(random, 10)}

## Trade-offs & Alternatives
### Trade-offs
- **Pros:** ${sentence(random, 12)}
- **Cons / Risks:** ${sentence(random, 12)}
### Alternatives
${bullets(3, 16)}

| Option | Latency | Consistency | Notes |
|---|---|---|---|
| A | 1 ms | strong | ${sentence(random, 6)} |
| B | 5 ms | eventual | ${sentence(random, 6)} |
| C | 20 ms | causal | ${sentence(random, 6)} |

## Failure modes & Pitfalls
${bullets(4, 16)}

## Observability (How to detect issues)
- **Metrics:** ${sentence(random, 10)}
- **Logs:** ${sentence(random, 10)}
- **Alerts:** ${sentence(random, 10)}

## Implementation notes (if applicable)
- **Checklist**
  - [ ] ${sentence(random, 6)}
  - [ ] ${sentence(random, 6)}

## Mini example (if applicable)
${paragraph(random, 3)}

\`\`\`python
def handle(request, store):
    if store.seen(request.key):
        return store.result(request.key)
    return store.apply(request)
\`\`\`

## Common anti-patterns
- **Anti-pattern:** ${sentence(random, 8)}
  - **Why it’s bad:** ${sentence(random, 12)}
  - **Better approach:** ${sentence(random, 12)}
- **Anti-pattern:** ${sentence(random, 8)}
  - **Why it’s bad:** ${sentence(random, 12)}
  - **Better approach:** ${sentence(random, 12)}

## Interview readiness
### “Explain it like I’m teaching”
- ${paragraph(random, 5)}

### Trap questions (with answers)
${traps}

### Quick self-check (5 items)
${Array.from({ length: 5 }, (_, k) => `- [ ] I can explain point ${k + 1}: ${sentence(random, 6)}`).join("\n")}

## Links (NO duplication)
### Prerequisites
${prerequisite}

### Related topics
- ${link(i, (i + 1) % total)}
- ${link(i, (i + 7) % total)}

### Compare with
- ${link(i, (i + 13) % total)} — ${sentence(random, 5)}
`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function writeResults(entry: Record<string, unknown>): Promise<void> {
  let existing: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await readFile(resultsPath, "utf8"));
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) existing = { ...parsed };
  } catch {
    // No results yet (or unreadable): start a fresh object.
  }
  existing["content"] = entry;
  const temporary = `${resultsPath}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(existing, null, 2)}\n`);
  await rename(temporary, resultsPath);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { notes: { type: "string", default: "1000" }, runs: { type: "string", default: "3" } },
    strict: true,
  });
  const args = argsSchema.parse(values);
  const dir = await mkdtemp(path.join(os.tmpdir(), "quorum-content-bench-"));
  try {
    await mkdir(path.join(dir, AREAS[0]));
    await mkdir(path.join(dir, AREAS[1]));
    const texts: string[] = [];
    for (let i = 0; i < args.notes; i++) {
      const text = syntheticNote(i, args.notes);
      texts.push(text);
      await writeFile(path.join(dir, notePath(i)), text);
    }
    const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
    console.log(`${args.notes} synthetic notes (${(bytes / 1024 / 1024).toFixed(1)} MiB, ${Math.round(bytes / args.notes)} bytes each) in ${dir}`);

    const times: number[] = [];
    let summary = "";
    for (let run = 0; run < args.runs; run++) {
      const start = performance.now();
      const library = await loadLibrary(dir, { manifestPath: null });
      const ms = performance.now() - start;
      times.push(ms);
      summary = `${library.notes.length} notes, ${library.cards.length} cards, ${library.errors.length} errors, ${library.warnings.length} warnings`;
      console.log(`run ${run + 1}: ${ms.toFixed(0)} ms (${summary})`);
    }
    // How much of it is the Markdown parser itself (micromark via remark), on a sample.
    const sample = texts.slice(0, Math.min(100, texts.length));
    const parseStart = performance.now();
    for (const text of sample) parseMarkdown(text);
    const parseMsPerNote = (performance.now() - parseStart) / sample.length;

    const medianMs = median(times);
    const ratio = medianMs / TARGET_MS;
    const parserShare = Math.min(1, (parseMsPerNote * args.notes) / medianMs);
    console.log(
      `median ${medianMs.toFixed(0)} ms for ${args.notes} notes (${(medianMs / args.notes).toFixed(2)} ms/note); ` +
        `target ${TARGET_MS} ms; ratio ${ratio.toFixed(2)} (${ratio <= 1 ? "within target" : "over target"})`,
    );
    console.log(`Markdown parsing alone: ${parseMsPerNote.toFixed(2)} ms/note, about ${(parserShare * 100).toFixed(0)}% of the total`);
    await writeResults({
      notes: args.notes,
      runs: args.runs,
      bytesPerNote: Math.round(bytes / args.notes),
      medianMs: Math.round(medianMs),
      runsMs: times.map((t) => Math.round(t)),
      msPerNote: Number((medianMs / args.notes).toFixed(2)),
      markdownParseMsPerNote: Number(parseMsPerNote.toFixed(2)),
      targetMs: TARGET_MS,
      ratio: Number(ratio.toFixed(2)),
      summary,
      measuredAt: new Date().toISOString(),
    });
    console.log(`wrote bench/results.json (key "content")`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:content: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
