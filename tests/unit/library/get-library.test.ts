import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getLibrary } from "@/lib/data/library";

// getLibrary outside production: the library is rebuilt when a note changes, once per change
// however many requests ask for it at the same moment (a page and its metadata do).
const NOTES = ["distributed/cap-theorem.md", "distributed/pacelc.md"];
const globalCache = globalThis as { quorumLibrary?: unknown; quorumParseCache?: unknown };
let dir: string;
const previousDir = process.env["QUORUM_CONTENT_DIR"];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "quorum-get-library-"));
  await mkdir(path.join(dir, "distributed"));
  for (const note of NOTES) await copyFile(path.join(process.cwd(), "content", note), path.join(dir, note));
  process.env["QUORUM_CONTENT_DIR"] = dir;
  delete globalCache.quorumLibrary;
  delete globalCache.quorumParseCache;
});

afterAll(async () => {
  if (previousDir === undefined) delete process.env["QUORUM_CONTENT_DIR"];
  else process.env["QUORUM_CONTENT_DIR"] = previousDir;
  delete globalCache.quorumLibrary;
  delete globalCache.quorumParseCache;
  await rm(dir, { recursive: true, force: true });
});

describe("getLibrary in development", () => {
  it("builds the library once for requests that ask at the same time", async () => {
    const [a, b, c] = await Promise.all([getLibrary(), getLibrary(), getLibrary()]);
    expect(a.notes.map((n) => n.id)).toEqual(["cap-theorem", "pacelc"]);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(await getLibrary()).toBe(a);
  });

  it("picks up an edit, once, and keeps the cards of the notes that did not change", async () => {
    const before = await getLibrary();
    const file = path.join(dir, "distributed/pacelc.md");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/^title: .*$/m, "title: PACELC, edited"));
    const [a, b] = await Promise.all([getLibrary(), getLibrary()]);
    expect(b).toBe(a);
    expect(a.version).not.toBe(before.version);
    expect(a.noteById.get("pacelc")?.title).toBe("PACELC, edited");
    // The unchanged note's cards are the very same objects (what is rendered per card stays cached).
    const noteCards = (library: typeof a, id: string) => (library.cardsByNote.get(id) ?? []).filter((c) => c.kind !== "sim");
    const capCards = noteCards(before, "cap-theorem");
    expect(capCards.length).toBeGreaterThan(3);
    expect(noteCards(a, "cap-theorem")).toEqual(capCards);
    noteCards(a, "cap-theorem").forEach((card, i) => expect(card).toBe(capCards[i]));
    expect(a.cardsByNote.get("pacelc")?.[0]).not.toBe(before.cardsByNote.get("pacelc")?.[0]);
  });
});
