import { describe, expect, it } from "vitest";
import { authorOverview, noteHrefRewriter, notePath, noteView } from "@/lib/library";
import type { CardManifest } from "@/lib/content";
import { brokenNote, library, note } from "./helpers";

const files = [
  note({ id: "cap-theorem", title: "CAP Theorem", related: ["- [PACELC](pacelc.md)", "- [Networking](../operations/networking-basics.md)"] }),
  note({ id: "pacelc", title: "PACELC", related: ["- [CAP](cap-theorem.md)", "- [Ghost](ghost-note.md)"], traps: 0 }),
  note({ id: "networking-basics", area: "operations", title: "Networking basics", drill: false, traps: 2 }),
  brokenNote("bad-note"),
];

describe("noteHrefRewriter", () => {
  const lib = library(files);
  const rewrite = noteHrefRewriter(lib.notes, "distributed/cap-theorem.md");

  it("turns note files into note pages, relative to the note", () => {
    expect(rewrite("pacelc.md")).toBe("/notes/pacelc");
    expect(rewrite("./pacelc.md#trade-offs")).toBe("/notes/pacelc#trade-offs");
    expect(rewrite("../operations/networking-basics.md")).toBe("/notes/networking-basics");
    expect(noteHrefRewriter(lib.notes, "operations/networking-basics.md")("../distributed/cap-theorem.md")).toBe("/notes/cap-theorem");
  });

  it("keeps other links as written", () => {
    for (const href of ["https://example.com/a.md", "#section", "/today", "mailto:a@b.c", "image.png", "javascript:alert(1)"]) {
      expect(rewrite(href)).toBeUndefined();
    }
  });

  it("sends a link to a missing note to that name's page (which answers not found)", () => {
    expect(rewrite("ghost-note.md")).toBe("/notes/ghost-note");
    expect(notePath("a b")).toBe("/notes/a%20b");
  });
});

describe("noteView", () => {
  const lib = library(files);

  it("is null for an id no file claims", () => {
    expect(noteView(lib, "nope")).toBeNull();
  });

  it("gives a note with its cards, links (broken ones marked) and backlinks", () => {
    const view = noteView(lib, "pacelc");
    expect(view?.note?.title).toBe("PACELC");
    expect(view?.cards.every((c) => c.noteId === "pacelc")).toBe(true);
    expect(view?.cards.length).toBe(lib.cards.filter((c) => c.noteId === "pacelc").length);
    expect(view?.related).toEqual([
      { id: "cap-theorem", title: "CAP Theorem", exists: true },
      { id: "ghost-note", title: "Ghost", exists: false },
    ]);
    expect(view?.linkedFrom).toEqual([{ id: "cap-theorem", title: "CAP Theorem", exists: true }]);
    expect(view?.errors).toEqual([]);
  });

  it("gives a broken file's problems, with no note", () => {
    const view = noteView(lib, "bad-note");
    expect(view?.note).toBeNull();
    expect(view?.files).toEqual(["operations/bad-note.md"]);
    expect(view?.errors.map((e) => e.field)).toEqual(expect.arrayContaining(["importance", "title"]));
    for (const e of view?.errors ?? []) expect(e.file).toBe("operations/bad-note.md");
  });

  it("names both files of a duplicate id on the note's page", () => {
    const dup = library([...files, { file: "operations/pacelc.md", text: files[1]?.text ?? "" }]);
    const view = noteView(dup, "pacelc");
    expect(view?.note?.file).toBe("distributed/pacelc.md");
    expect(view?.files).toEqual(["distributed/pacelc.md", "operations/pacelc.md"]);
    expect(view?.errors.some((e) => e.field === "id" && e.message.includes("distributed/pacelc.md"))).toBe(true);
  });
});

describe("authorOverview", () => {
  it("lists every file with its problems and card counts, and the coverage gaps", () => {
    const manifest: CardManifest = {
      version: 1,
      cards: { "cap-theorem:trap:gone": { noteId: "cap-theorem", kind: "trap", prompt: "A question that was removed?" } },
    };
    const { rows, coverage, totals } = authorOverview(library(files, manifest));
    expect(rows.map((r) => r.id)).toEqual(["cap-theorem", "pacelc", "bad-note", "networking-basics"]);
    expect(rows.find((r) => r.id === "bad-note")?.errors.length).toBeGreaterThan(0);
    expect(rows.find((r) => r.id === "networking-basics")?.cardsByKind).toMatchObject({ trap: 2 });
    expect(coverage.withoutTraps.map((n) => n.id)).toEqual(["pacelc"]);
    expect(coverage.fewTraps).toEqual([{ id: "networking-basics", title: "Networking basics", count: 2 }]);
    expect(coverage.withoutDrill.map((n) => n.id)).toEqual(["networking-basics"]);
    expect(coverage.brokenLinks).toMatchObject([{ noteId: "pacelc", href: "ghost-note.md", path: "distributed/ghost-note.md" }]);
    expect(coverage.orphanedCards.map((c) => c.id)).toEqual(["cap-theorem:trap:gone"]);
    expect(coverage.brokenFiles).toEqual(["operations/bad-note.md"]);
    expect(totals).toMatchObject({ files: 4, notes: 3 });
    expect(totals.cards).toBe(rows.reduce((sum, r) => sum + r.cardCount, 0));
  });

  it("reports no gaps for a complete library", () => {
    const { coverage } = authorOverview(library([note({ id: "a", related: ["- [B](b.md)"] }), note({ id: "b" })]));
    expect(coverage).toEqual({ withoutTraps: [], fewTraps: [], withoutDrill: [], brokenLinks: [], orphanedCards: [], brokenFiles: [] });
  });
});
