// Synthetic notes for the content benchmark, written the way the authors write (seed 004's
// sections, labels, numbering and links) and shaped like the real library: see noteShape(),
// which the benchmark prints for both so the match can be checked.
import type { Nodes } from "mdast";
import { parseMarkdown } from "@/lib/content/markdown-tree";
import type { SourceFile } from "@/lib/content/types";
import { createRng } from "@/lib/sim";


const VOCABULARY = (
  "replica leader follower quorum partition shard latency throughput timeout retry backoff jitter " +
  "idempotency key log offset consumer producer broker lease fencing token clock skew vector lamport " +
  "consensus majority election heartbeat failover lag snapshot compaction cache eviction stampede " +
  "load balancer health check circuit breaker fallback degradation replay durability acknowledgement " +
  "the a of to and when it is an every request write read node client server network"
).split(" ");

const AREAS = ["distributed", "operations"] as const;

const noteId = (i: number) => `synthetic-note-${i}`;
const area = (i: number) => AREAS[i % 2] ?? "distributed";
export const notePath = (i: number) => `${area(i)}/${noteId(i)}.md`;

/** A note generator seeded by the note's index: the same library on every run. */
function writer(i: number, total: number) {
  const rng = createRng(i + 1);
  const random = () => rng.next();
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)] ?? "node";
  const words = (n: number) => Array.from({ length: n }, pick).join(" ");
  const sentence = (n: number) => {
    const text = words(n);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence(9 + Math.floor(random() * 9))).join(" ");
  const bullets = (n: number, size = 16) => Array.from({ length: n }, () => `- ${sentence(size)}`).join("\n");
  const labelled = (labels: readonly string[], size = 16) => labels.map((l) => `- **${l}:** ${sentence(size)}`).join("\n");
  const link = (to: number, text = `Note ${to}`) => {
    const j = ((to % total) + total) % total;
    const target = area(j) === area(i) ? `${noteId(j)}.md` : `../${area(j)}/${noteId(j)}.md`;
    return `[${text}](${target})`;
  };
  const table = (columns: number, rows: number) => {
    const header = `| ${Array.from({ length: columns }, () => words(1)).join(" | ")} |`;
    const rule = `|${"---|".repeat(columns)}`;
    const body = Array.from({ length: rows }, () => `| ${Array.from({ length: columns }, () => words(2 + Math.floor(random() * 3))).join(" | ")} |`);
    return [header, rule, ...body].join("\n");
  };
  return { random, words, sentence, paragraph, bullets, labelled, link, table };
}

/** One note of a `total`-note library (~10.4 KB, tables, code, nested lists, five trap questions). */
export function syntheticNote(i: number, total: number): string {
  const w = writer(i, total);
  const walkthrough = i % 10 === 0;
  const traps = Array.from(
    { length: 5 },
    (_, k) => `${k + 1}) **Q:** ${w.sentence(11).slice(0, -1)} (${i}.${k})?\n   - **A:** ${w.paragraph(2)}`,
  ).join("\n");
  const prerequisites = i > 1 ? `- ${w.link(Math.floor(w.random() * i))}\n- ${w.link(Math.floor(w.random() * i))}` : "- None.";
  const flow = walkthrough
    ? `\n## End-to-end flow\n${Array.from({ length: 6 }, (_, k) => `${k + 1}. ${w.sentence(14)}`).join("\n")}\n\n` +
      `${w.table(4, 5)}\n\n## Simulation\n\`\`\`sim\nscenario: request-flow\nseed: ${i}\n\`\`\`\n`
    : "";
  const example =
    i % 2 === 0
      ? "```python\ndef handle(request, store):\n    if store.seen(request.key):\n        return store.result(request.key)\n    result = store.apply(request)\n    store.remember(request.key, result)\n    return result\n```"
      : "```text\nclient --> lb --> service --> primary\n                         \\--> follower (async)\n  case 1:  primary ack, follower lagging  -> read-your-writes broken\n  case 2:  primary down, follower promoted -> last writes lost\n```";
  return `---
id: ${noteId(i)}
title: "Synthetic note ${i}"
type: ${walkthrough ? "walkthrough" : "concept"}
status: learning
importance: ${Math.floor(w.random() * 101)}
difficulty: ${["easy", "medium", "hard"][i % 3] ?? "medium"}
tags: [${area(i)}, synthetic, ${w.words(1)}]
canonical: true
aliases: [synthetic ${i}, ${w.words(2)}]
created_at: 2026-11-22
updated_at: 2026-11-22
---

# Synthetic note ${i}

## TL;DR (BLUF)
${w.bullets(3, 17)}
- Use \`${w.words(1)}\` with ${w.sentence(14)}

## Definition
**What it is:** ${w.paragraph(2)}
**Key terms:** replica, quorum, lease, fencing token, ${w.words(1)}
${flow}
## Why it matters
${w.bullets(2, 19)}
- ${i % 2 === 0 ? `See ${w.link(i + 3)} before ${w.sentence(12)}` : w.sentence(19)}

## Scope & Non-goals
**In scope:** ${w.sentence(14)}
**Out of scope / NOT solved by this:** ${w.sentence(16)}

## Mental model / Intuition
${w.bullets(3, 22)}

## Decision rules (When to use / When not to use)
### Use it when
${w.bullets(3, 14)}
### Avoid it when
${w.bullets(2, 14)}
- You need \`${w.words(1)}\` semantics: ${w.sentence(12)}

## How I would use it (practical)
${w.labelled(["Context", "Steps", "What success looks like"], 18)}

## Trade-offs & Alternatives
### Trade-offs
${w.labelled(["Pros", "Cons / Risks"], 16)}

${w.table(4, 5)}

### Alternatives
${w.labelled(["Option A", "Option B", "Option C", "How to choose"], 12)}

## Failure modes & Pitfalls
${w.labelled(["Stale reads", "Split brain", "Retry storm", "Clock skew", "Hot spot"], 16)}

## Observability (How to detect issues)
${w.labelled(["Metrics", "Logs", "Alerts"], 16)}
${i % 2 === 1 ? `\n${w.table(3, 3)}\n` : ""}
## Implementation notes (if applicable)
- **Checklist**
${Array.from({ length: 5 }, () => `  - [ ] ${w.sentence(8)}`).join("\n")}

## Mini example (if applicable)
${w.sentence(10)}

${example}

## Common anti-patterns
- **Anti-pattern:** ${w.sentence(8)}
  - **Why it’s bad:** ${w.sentence(12)}
  - **Better approach:** ${w.sentence(12)}
- **Anti-pattern:** ${w.sentence(8)}
  - **Why it’s bad:** ${w.sentence(12)}
  - **Better approach:** ${w.sentence(12)}

## Interview readiness
### “Explain it like I’m teaching”
- ${w.paragraph(4)}

### Trap questions (with answers)
${traps}

### Quick self-check (5 items)
${Array.from({ length: 5 }, (_, k) => `- [ ] I can explain point ${k + 1}: ${w.sentence(7)}`).join("\n")}

## Links (NO duplication)
### Prerequisites
${prerequisites}

### Related topics
- ${w.link(i + 1)}
- ${w.link(i + 7)}
- ${w.link(i + 11)}

### Compare with
- ${w.link(i + 13)} — ${w.sentence(7)}
- ${w.link(i + 17)} — ${w.sentence(7)}
`;
}

export function syntheticLibrary(total: number): SourceFile[] {
  return Array.from({ length: total }, (_, i) => ({ file: notePath(i), text: syntheticNote(i, total) }));
}

const SHAPE_NODES = ["heading", "paragraph", "list", "listItem", "strong", "inlineCode", "link", "table", "tableRow", "tableCell", "code"] as const;

export type NoteShape = Record<"bytes" | "lines" | (typeof SHAPE_NODES)[number], number>;

/** Average size and Markdown structure per note. */
export function noteShape(files: readonly SourceFile[]): NoteShape {
  const totals: NoteShape = { bytes: 0, lines: 0, heading: 0, paragraph: 0, list: 0, listItem: 0, strong: 0, inlineCode: 0, link: 0, table: 0, tableRow: 0, tableCell: 0, code: 0 };
  const count = (node: Nodes): void => {
    const key = SHAPE_NODES.find((t) => t === node.type);
    if (key) totals[key]++;
    if ("children" in node) for (const child of node.children) count(child);
  };
  for (const { text } of files) {
    totals.bytes += Buffer.byteLength(text);
    totals.lines += text.split("\n").length;
    count(parseMarkdown(text));
  }
  const n = Math.max(1, files.length);
  const entries = Object.entries(totals).map(([k, v]) => [k, Math.round((v / n) * 10) / 10] as const);
  return { ...totals, ...Object.fromEntries(entries) };
}
