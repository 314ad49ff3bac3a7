import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createParseCache, type Library } from "@/lib/content";
import { loadLibrary } from "@/lib/content/load-library";
import { SEED } from "./helpers";

// The real library in content/: written by several authors while this code was built, so
// these checks run over whatever notes are there.
const CONTENT_DIR = fileURLToPath(new URL("../../../content", import.meta.url));

describe("the content/ library", () => {
  let library: Library;
  const cache = createParseCache();

  it("loads", async () => {
    library = await loadLibrary(CONTENT_DIR, { manifestPath: null, cache });
    expect(library.notes.length).toBeGreaterThan(0);
  }, 120_000);

  it("every note validates", () => {
    expect(library.errors).toEqual([]);
    expect(library.problems.filter((p) => p.errors.length > 0)).toEqual([]);
  });

  it("every internal link resolves", () => {
    expect(library.warnings.filter((w) => w.message.startsWith("broken link"))).toEqual([]);
    const ids = new Set(library.notes.map((n) => n.id));
    for (const note of library.notes) for (const link of note.links) expect(ids.has(link.targetId), `${note.file}:${link.line} → ${link.href}`).toBe(true);
  });

  it("no two cards share an id", () => {
    const ids = library.cards.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every note has at least 3 trap cards and one drill", () => {
    for (const note of library.notes) {
      const cards = library.cards.filter((c) => c.noteId === note.id);
      expect(cards.filter((c) => c.kind === "trap").length, note.file).toBeGreaterThanOrEqual(3);
      expect(cards.filter((c) => c.kind === "drill"), note.file).toHaveLength(1);
    }
  });

  it("every walkthrough has steps and a sim block", () => {
    for (const note of library.notes.filter((n) => n.frontMatter.type === "walkthrough")) {
      expect(note.steps.length, note.file).toBeGreaterThan(0);
      expect(note.sims.length, note.file).toBeGreaterThan(0);
    }
  });

  it("holds seed 004 unchanged, with exactly its 3 trap questions and its explanation", () => {
    expect(readFileSync(`${CONTENT_DIR}/distributed/distributed-systems-basics.md`, "utf8")).toBe(SEED);
    const seed = library.notes.find((n) => n.id === "distributed-systems-basics");
    expect(seed?.trapQuestions.map((q) => q.question)).toEqual([
      "Are partitions rare enough to ignore?",
      "Is distributed always faster?",
      "Can you have perfect consistency and availability?",
    ]);
    expect(seed?.explain?.text).toMatch(/^Distributed systems are multiple nodes working together over a network\./);
  });

  it("the committed manifest (when present) is well-formed", async () => {
    const withManifest = await loadLibrary(CONTENT_DIR, { cache });
    expect(withManifest.errors).toEqual([]);
    expect(withManifest.notes.map((n) => n.id)).toEqual(library.notes.map((n) => n.id));
  }, 120_000);
});
