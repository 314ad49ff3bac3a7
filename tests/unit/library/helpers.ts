import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildLibrary, type CardManifest, type Library, type SourceFile } from "@/lib/content";

export const repoContentDir = path.resolve(fileURLToPath(new URL("../../../content", import.meta.url)));

interface NoteSpec {
  id: string;
  area?: string;
  title?: string;
  type?: "concept" | "walkthrough" | "reference";
  difficulty?: "easy" | "medium" | "hard";
  importance?: number;
  tags?: string[];
  aliases?: string[];
  traps?: number;
  drill?: boolean;
  /** Markdown lines under "### Related topics". */
  related?: string[];
}

/** A small valid note, shaped like seed 004, with the parts a test cares about. */
export function note(spec: NoteSpec): SourceFile {
  const title = spec.title ?? spec.id;
  const traps = Array.from({ length: spec.traps ?? 3 }, (_, i) => `${i + 1}) **Q:** ${title} question ${i + 1}?\n   - **A:** answer ${i + 1}.`);
  const text = `---
id: ${spec.id}
title: "${title}"
type: ${spec.type ?? "concept"}
status: learning
importance: ${spec.importance ?? 50}
difficulty: ${spec.difficulty ?? "medium"}
tags: [${(spec.tags ?? [spec.area ?? "distributed"]).join(", ")}]
canonical: true
aliases: [${(spec.aliases ?? []).join(", ")}]
created_at: 2026-01-19
updated_at: 2026-01-19
---

# ${title}

## TL;DR (BLUF)
- ${title} in one line.

## Definition
**What it is:** ${title} explained.
**Key terms:** alpha, beta.

## Interview readiness
${spec.drill === false ? "" : `### “Explain it like I’m teaching”\n- ${title} is explained here in thirty seconds.\n`}
### Trap questions (with answers)
${traps.join("\n")}

## Links (NO duplication)
### Related topics
${(spec.related ?? []).join("\n")}
`;
  return { file: `${spec.area ?? "distributed"}/${spec.id}.md`, text };
}

/** A file whose front matter cannot be read (importance is not a number, title missing). */
export function brokenNote(id: string, area = "operations"): SourceFile {
  return {
    file: `${area}/${id}.md`,
    text: `---\nid: ${id}\ntype: concept\nstatus: learning\nimportance: high\ndifficulty: medium\ntags: [x]\ncreated_at: 2026-01-19\nupdated_at: 2026-01-19\n---\n\n# Broken\n\nText.\n`,
  };
}

export function library(files: SourceFile[], manifest: CardManifest | null = null): Library {
  return buildLibrary(files, { manifest });
}
