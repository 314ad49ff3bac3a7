import { beforeAll, describe, expect, it } from "vitest";
import { loadLibrary } from "@/lib/content/load-library";
import { EMPTY_QUERY, filterEntries, libraryEntries, libraryFacets, type LibraryEntry, type LibraryQuery } from "@/lib/library";
import type { Library } from "@/lib/content";
import { brokenNote, library, note, repoContentDir } from "./helpers";

const q = (over: Partial<LibraryQuery>): LibraryQuery => ({ ...EMPTY_QUERY, ...over });
const ids = (entries: readonly LibraryEntry[]) => entries.map((e) => e.id);

describe("libraryEntries", () => {
  const lib = library([
    note({ id: "cap-theorem", title: "CAP Theorem", aliases: ["Brewer's theorem"], tags: ["distributed", "consistency"], importance: 90 }),
    note({ id: "retries", area: "operations", title: "Retries", tags: ["operations", "reliability"], traps: 4, importance: 60 }),
    brokenNote("bad-note"),
  ]);

  it("lists every file, broken ones included and marked", () => {
    const entries = libraryEntries(lib);
    expect(entries.map((e) => e.file)).toEqual(["distributed/cap-theorem.md", "operations/bad-note.md", "operations/retries.md"]);
    const bad = entries.find((e) => e.id === "bad-note");
    expect(bad).toMatchObject({ broken: true, type: null, difficulty: null, importance: null, cardCount: 0, area: "operations", title: "bad-note" });
    expect(bad?.errorCount).toBeGreaterThan(0);
    expect(entries.filter((e) => e.broken)).toHaveLength(1);
  });

  it("counts cards by kind, summing to the note's cards", () => {
    for (const entry of libraryEntries(lib)) {
      const cards = lib.cards.filter((c) => c.noteId === entry.id && entry.type !== null);
      expect(entry.cardCount).toBe(cards.length);
      expect(Object.values(entry.cardsByKind).reduce((a, b) => a + b, 0)).toBe(entry.cardCount);
    }
    expect(libraryEntries(lib).find((e) => e.id === "retries")?.cardsByKind.trap).toBe(4);
  });

  it("names a broken file by its file name when even the id is unreadable", () => {
    const lib2 = library([{ file: "operations/no-front-matter.md", text: "# Just a title\n\nNo front matter.\n" }]);
    expect(libraryEntries(lib2)).toMatchObject([{ id: "no-front-matter", broken: true }]);
  });
});

describe("filterEntries on a small library", () => {
  const entries = libraryEntries(
    library([
      note({ id: "cap-theorem", title: "CAP Theorem", aliases: ["Brewer's theorem", "CP vs AP"], tags: ["distributed", "consistency"], importance: 90 }),
      note({ id: "pacelc", title: "PACELC", aliases: ["Abadi"], tags: ["distributed", "consistency", "latency"], importance: 70, difficulty: "hard" }),
      note({ id: "retries", area: "operations", title: "Retries and Backoff", tags: ["operations", "reliability"], importance: 60, difficulty: "easy" }),
      note({ id: "walk", area: "operations", title: "Walkthrough: Café Request", type: "walkthrough", tags: ["operations"], importance: 40 }),
      brokenNote("bad-note"),
    ]),
  );

  it("with no filter, lists everything by importance, broken last", () => {
    expect(ids(filterEntries(entries, EMPTY_QUERY))).toEqual(["cap-theorem", "pacelc", "retries", "walk", "bad-note"]);
  });

  it("searches titles, aliases and tags, ignoring case and accents", () => {
    expect(ids(filterEntries(entries, q({ q: "brewer" })))).toEqual(["cap-theorem"]);
    expect(ids(filterEntries(entries, q({ q: "BRÈWER’S" })))).toEqual(["cap-theorem"]);
    expect(ids(filterEntries(entries, q({ q: "cafe" })))).toEqual(["walk"]);
    expect(ids(filterEntries(entries, q({ q: "reliability" })))).toEqual(["retries"]);
    expect(ids(filterEntries(entries, q({ q: "consistency" })))).toEqual(["cap-theorem", "pacelc"]);
    expect(ids(filterEntries(entries, q({ q: "bad-note" })))).toEqual(["bad-note"]);
    expect(filterEntries(entries, q({ q: "zookeeper" }))).toEqual([]);
  });

  it("needs every word, each in any field", () => {
    expect(ids(filterEntries(entries, q({ q: "latency abadi" })))).toEqual(["pacelc"]);
    expect(ids(filterEntries(entries, q({ q: "latency brewer" })))).toEqual([]);
  });

  it("ranks a title match above an alias or tag match", () => {
    const more = [...entries, ...libraryEntries(library([note({ id: "pac-man", title: "Pacing", aliases: ["pacelc-like"], importance: 99 })]))];
    expect(ids(filterEntries(more, q({ q: "pacelc" })))).toEqual(["pacelc", "pac-man"]);
  });

  it("combines facets with search", () => {
    expect(ids(filterEntries(entries, q({ area: "operations" })))).toEqual(["retries", "walk", "bad-note"]);
    expect(ids(filterEntries(entries, q({ area: "operations", type: "walkthrough" })))).toEqual(["walk"]);
    expect(ids(filterEntries(entries, q({ tag: "Consistency", difficulty: "hard" })))).toEqual(["pacelc"]);
    expect(ids(filterEntries(entries, q({ tag: "consistency", q: "cap" })))).toEqual(["cap-theorem"]);
    expect(filterEntries(entries, q({ area: "nowhere" }))).toEqual([]);
  });

  it("offers the facets present, with counts", () => {
    const facets = libraryFacets(entries);
    expect(facets.areas).toEqual([
      { value: "distributed", count: 2 },
      { value: "operations", count: 3 },
    ]);
    expect(facets.difficulties.map((d) => d.value)).toEqual(["easy", "medium", "hard"]);
    expect(facets.types).toEqual([
      { value: "concept", count: 3 },
      { value: "walkthrough", count: 1 },
    ]);
    // most used first, ties by name
    expect(facets.tags.slice(0, 4)).toEqual([
      { value: "consistency", count: 2 },
      { value: "distributed", count: 2 },
      { value: "operations", count: 2 },
      { value: "latency", count: 1 },
    ]);
  });
});

describe("filterEntries on the real library", () => {
  let lib: Library;
  let entries: LibraryEntry[];
  beforeAll(async () => {
    lib = await loadLibrary(repoContentDir);
    entries = libraryEntries(lib);
  });

  it("lists at least 30 notes", () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
  });

  it("finds CAP by its alias and notes by tag", () => {
    expect(ids(filterEntries(entries, q({ q: "Brewer's theorem" })))[0]).toBe("cap-theorem");
    const tagged = filterEntries(entries, q({ q: "monitoring" }));
    expect(tagged.length).toBeGreaterThan(0);
  });

  it("every result of every facet value carries that value (property over all facets)", () => {
    const facets = libraryFacets(entries);
    for (const { value, count } of facets.tags) {
      const found = filterEntries(entries, q({ tag: value }));
      expect(found).toHaveLength(count);
      for (const e of found) expect(e.tags).toContain(value);
    }
    for (const { value, count } of facets.areas) {
      const found = filterEntries(entries, q({ area: value }));
      expect(found).toHaveLength(count);
      for (const e of found) expect(e.area).toBe(value);
    }
    for (const { value, count } of facets.difficulties) expect(filterEntries(entries, q({ difficulty: value }))).toHaveLength(count);
  });

  it("finds each note by its own title and by each of its aliases", () => {
    for (const entry of entries) {
      expect(ids(filterEntries(entries, q({ q: entry.title })))).toContain(entry.id);
      for (const alias of entry.aliases) expect(ids(filterEntries(entries, q({ q: alias })))).toContain(entry.id);
    }
  });
});
