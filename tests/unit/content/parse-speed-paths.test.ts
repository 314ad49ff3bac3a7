import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseNote } from "@/lib/content";
import { loadLibrary, readSourceFiles } from "@/lib/content/load-library";
import { parseNotesInParallel } from "@/lib/content/parallel-parse";
import { replaceSection, SEED, SEED_FILE, seedAs } from "./helpers";

// The faster paths (a parser without literal autolinks for notes that cannot hold one, worker
// threads for large libraries) must give exactly what the plain path gives.
const CONTENT_DIR = fileURLToPath(new URL("../../../content", import.meta.url));

/** The same note with a URL in a front-matter comment: same lines, same body, but it may hold a literal autolink. */
function withUrlInFrontMatter(text: string): string {
  const close = text.indexOf("\n---", 4);
  if (close < 0) throw new Error("no front matter");
  return `${text.slice(0, close)} # https://example.com/notes${text.slice(close)}`;
}

describe("the note parser without literal autolinks", () => {
  it("gives every note of content/ and the seed exactly what full GFM gives", async () => {
    const files = [...(await readSourceFiles(CONTENT_DIR)), { file: SEED_FILE, text: SEED }];
    expect(files.length).toBeGreaterThan(1);
    for (const { file, text } of files) {
      expect(parseNote(file, text), file).toEqual(parseNote(file, withUrlInFrontMatter(text)));
    }
  }, 120_000);

  it("still reads URLs as GFM does where a note has them", () => {
    const text = replaceSection(
      SEED,
      "## Why it matters",
      "| Where | What |\n|---|---|\n| https://example.com/_draft_/x | www.example.org/*a* and ops@example.com |",
    );
    const table = parseNote(SEED_FILE, text).note?.tables[0];
    // Inside a literal autolink `_draft_` and `*a*` are part of the URL, not emphasis.
    expect(table?.rows).toEqual([["https://example.com/_draft_/x", "www.example.org/*a* and ops@example.com"]]);
  });
});

describe("parsing on worker threads", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "quorum-parallel-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, "distributed"));
  const files = Array.from({ length: 12 }, (_, i) => seedAs(`note-${String(i).padStart(2, "0")}`, `Note ${i}`));
  files.push({ file: "distributed/broken.md", text: "---\nid: broken\n---\n# Broken\n" });
  for (const f of files) writeFileSync(path.join(dir, f.file), f.text);

  it("returns, in file order, what parseNote returns in this thread", async () => {
    const parallel = await parseNotesInParallel(files, { workers: 2, chunkSize: 2 });
    expect(parallel.workersUsed).toBeGreaterThan(0);
    expect(parallel.chunks.byWorkers).toBe(parallel.chunks.total);
    expect(parallel.results).toEqual(files.map((f) => parseNote(f.file, f.text)));
  }, 120_000);

  it("loads the same library as a single-thread load", async () => {
    const single = await loadLibrary(dir, { manifestPath: null, parallel: false });
    const parallel = await loadLibrary(dir, { manifestPath: null, parallel: { minNotes: 1, workers: 2, chunkSize: 3 } });
    expect(single.errors.length).toBeGreaterThan(0);
    expect(parallel).toEqual(single);
  }, 120_000);

  it("falls back to this thread when no worker may start", async () => {
    const inThread = await parseNotesInParallel(files, { workers: 0 });
    expect(inThread.workersUsed).toBe(0);
    expect(inThread.results).toEqual(files.map((f) => parseNote(f.file, f.text)));
  });
});
