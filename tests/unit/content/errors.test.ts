import { describe, expect, it } from "vitest";
import { buildLibrary, ContentError, parseNote, parseNoteOrThrow } from "@/lib/content";
import { lineOf, replaceSection, SEED, SEED_FILE, seedAs, TRAP_HEADING } from "./helpers";

function errorsOf(text: string, file = SEED_FILE) {
  return parseNote(file, text).errors;
}

describe("front-matter errors name file, line, field and what was expected", () => {
  it("missing title", () => {
    const text = SEED.replace('title: "Distributed Systems Basics"\n', "");
    expect(errorsOf(text)).toEqual([
      { file: SEED_FILE, line: 1, field: "title", message: 'missing required field "title" (expected a non-empty title)' },
    ]);
    expect(parseNote(SEED_FILE, text).note).toBeNull();
    expect(parseNote(SEED_FILE, text).rawId).toBe("distributed-systems-basics");
  });

  it("importance: high", () => {
    expect(errorsOf(SEED.replace("importance: 45", "importance: high"))).toEqual([
      { file: SEED_FILE, line: 6, field: "importance", message: 'expected an integer from 0 to 100, got "high"' },
    ]);
    expect(errorsOf(SEED.replace("importance: 45", "importance: 150"))[0]).toMatchObject({ line: 6, field: "importance" });
    expect(errorsOf(SEED.replace("importance: 45", "importance: 4.5"))[0]).toMatchObject({ line: 6, field: "importance" });
  });

  it("unknown type and status", () => {
    expect(errorsOf(SEED.replace("type: concept", "type: article"))).toEqual([
      { file: SEED_FILE, line: 4, field: "type", message: 'expected one of concept, walkthrough, reference, got "article"' },
    ]);
    expect(errorsOf(SEED.replace("status: learning", "status: done"))[0]).toMatchObject({ line: 5, field: "status" });
  });

  it("bad id, tags, dates and booleans", () => {
    expect(errorsOf(SEED.replace("id: distributed-systems-basics", "id: Distributed_Systems"))[0]).toMatchObject({ line: 2, field: "id" });
    expect(errorsOf(SEED.replace("tags: [system-design, distributed]", "tags: []"))[0]).toMatchObject({ line: 8, field: "tags" });
    expect(errorsOf(SEED.replace("tags: [system-design, distributed]", "tags:\n  - system-design\n  - 42"))[0]).toMatchObject({
      line: 10,
      field: "tags.1",
    });
    expect(errorsOf(SEED.replace("created_at: 2026-01-19", "created_at: 2026-02-30"))[0]).toMatchObject({
      line: 11,
      field: "created_at",
      message: 'expected a date such as 2026-01-19, got "2026-02-30"',
    });
    expect(errorsOf(SEED.replace("canonical: true", "canonical: maybe"))[0]).toMatchObject({ line: 9, field: "canonical" });
  });

  it("unclosed front matter", () => {
    const text = SEED.replace("updated_at: 2026-01-19\n---\n", "updated_at: 2026-01-19\n");
    const result = parseNote(SEED_FILE, text);
    expect(result.note).toBeNull();
    expect(result.errors).toEqual([
      { file: SEED_FILE, line: 1, field: "frontmatter", message: expect.stringContaining("never closed") },
    ]);
  });

  it("missing front matter", () => {
    const text = SEED.slice(SEED.indexOf("# Distributed"));
    expect(errorsOf(text)).toEqual([{ file: SEED_FILE, line: 1, field: "frontmatter", message: expect.stringContaining("missing front matter") }]);
  });

  it("TOML front matter (+++) is not taken for YAML", () => {
    const text = `+++\ntitle = "Distributed Systems Basics"\n+++\n\n${SEED.slice(SEED.indexOf("# Distributed"))}`;
    expect(errorsOf(text)).toEqual([{ file: SEED_FILE, line: 1, field: "frontmatter", message: expect.stringContaining("missing front matter") }]);
  });

  it("bad YAML and duplicate keys, with their lines", () => {
    expect(errorsOf(SEED.replace('title: "Distributed Systems Basics"', 'title: "Distributed Systems Basics'))[0]).toMatchObject({
      field: "frontmatter",
      line: expect.any(Number),
      message: expect.stringContaining("invalid YAML"),
    });
    expect(errorsOf(SEED.replace("status: learning", "status: learning\ntype: concept"))).toEqual([
      { file: SEED_FILE, line: 6, field: "frontmatter", message: expect.stringMatching(/invalid YAML: .*unique/i) },
    ]);
  });

  it("a front matter that is not a mapping", () => {
    expect(errorsOf("---\n- a\n- b\n---\n# T\n")[0]).toMatchObject({ line: 1, field: "frontmatter" });
  });

  it("warns about an unknown key and an id that differs from the file name", () => {
    const result = parseNote("distributed/other-name.md", SEED.replace("aliases: []", "aliases: []\nsources: seed-004"));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      { file: "distributed/other-name.md", line: 11, message: 'unknown front-matter key "sources" (ignored)' },
      { file: "distributed/other-name.md", line: 2, message: 'id "distributed-systems-basics" differs from the file name "other-name.md"' },
    ]);
  });

  it("parseNoteOrThrow throws a ContentError carrying the problems", () => {
    expect(() => parseNoteOrThrow(SEED_FILE, SEED.replace("importance: 45", "importance: high"))).toThrow(ContentError);
    try {
      parseNoteOrThrow(SEED_FILE, SEED.replace("importance: 45", "importance: high"));
    } catch (error) {
      expect(error instanceof ContentError && error.problems[0]?.field).toBe("importance");
      expect(error instanceof ContentError && error.name).toBe("ContentError");
    }
  });
});

describe("body errors", () => {
  it("a trap question without an answer", () => {
    const text = replaceSection(SEED, TRAP_HEADING, "1) **Q:** One?\n   - **A:** yes.\n2) **Q:** Two, unanswered?\n3) **Q:** Three?\n   - **A:** no.");
    expect(errorsOf(text)).toEqual([
      { file: SEED_FILE, line: lineOf(text, "2) **Q:**"), field: "trap-questions", message: expect.stringContaining("Two, unanswered?") },
    ]);
    expect(parseNote(SEED_FILE, text).note?.trapQuestions).toHaveLength(2);
  });

  it("a sim block without a seed or with bad YAML", () => {
    const sim = "```sim\nscenario: request-flow\n```";
    const text = replaceSection(SEED, "## Mini example (if applicable)", sim);
    expect(errorsOf(text)).toEqual([{ file: SEED_FILE, line: lineOf(text, "```sim") + 1, field: "sim.seed", message: expect.stringContaining("integer seed") }]);
    const broken = replaceSection(SEED, "## Mini example (if applicable)", "```sim\nscenario: [unclosed\nseed: 1\n```");
    expect(errorsOf(broken)[0]).toMatchObject({ field: "sim", message: expect.stringContaining("invalid YAML") });
  });
});

describe("library errors", () => {
  it("a duplicate id names both files; the first note still loads", () => {
    const library = buildLibrary([
      { file: "operations/copy.md", text: SEED },
      { file: SEED_FILE, text: SEED },
    ]);
    const duplicate = library.errors.filter((e) => e.field === "id");
    expect(duplicate).toEqual([
      {
        file: "operations/copy.md",
        line: 2,
        field: "id",
        message: 'duplicate id "distributed-systems-basics": used by both distributed/distributed-systems-basics.md and operations/copy.md',
      },
    ]);
    expect(library.notes.map((n) => n.file)).toEqual([SEED_FILE]);
  });

  it("a note with no cards", () => {
    const text = SEED.slice(0, SEED.indexOf("# Distributed")) + "# Distributed Systems Basics\n\nJust prose, no sections.\n";
    const library = buildLibrary([{ file: SEED_FILE, text }]);
    expect(library.errors).toEqual([{ file: SEED_FILE, line: 1, field: "cards", message: expect.stringContaining("no cards") }]);
    expect(library.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([expect.stringContaining("no TL;DR"), expect.stringContaining("0 trap question(s)")]),
    );
  });

  it("a broken internal link is a warning with file and line", () => {
    const text = replaceSection(SEED, "## Why it matters", "- See [CAP](cap-theorem.md) and [Paxos](../distributed/paxos.md#safety), [docs](https://example.com).");
    const library = buildLibrary([{ file: SEED_FILE, text }, seedAs("cap-theorem", "CAP theorem")]);
    expect(library.errors).toEqual([]);
    const broken = library.warnings.filter((w) => w.file === SEED_FILE && w.message.startsWith("broken link"));
    expect(broken).toEqual([
      { file: SEED_FILE, line: lineOf(text, "[Paxos]"), message: 'broken link "../distributed/paxos.md#safety": no note at distributed/paxos.md' },
      { file: SEED_FILE, line: lineOf(text, "[Networking basics]"), message: expect.stringContaining("operations/networking-basics.md") },
      { file: SEED_FILE, line: lineOf(text, "[Partitioning"), message: expect.stringContaining("partitioning-and-sharding.md") },
    ]);
    const note = library.notes.find((n) => n.id === "distributed-systems-basics");
    expect(note?.links.find((l) => l.text === "CAP")).toMatchObject({ kind: "body", targetId: "cap-theorem" });
  });

  it("a prerequisite cycle is an error on the link that closes it", () => {
    const withPrerequisite = (id: string, prerequisite: string) => {
      const { file, text } = seedAs(id);
      return { file, text: replaceSection(text, "### Prerequisites", `- [${prerequisite}](${prerequisite}.md)`) };
    };
    const files = [withPrerequisite("a-note", "b-note"), withPrerequisite("b-note", "c-note"), withPrerequisite("c-note", "a-note")];
    const library = buildLibrary(files);
    expect(library.errors).toEqual([
      {
        file: "distributed/c-note.md",
        line: lineOf(files[2]?.text ?? "", "[a-note]"),
        field: "prerequisites",
        message: "prerequisite cycle: a-note → b-note → c-note → a-note (a prerequisite must be more basic than the note)",
      },
    ]);
    const acyclic = buildLibrary([withPrerequisite("a-note", "b-note"), withPrerequisite("b-note", "c-note"), seedAs("c-note")]);
    expect(acyclic.errors).toEqual([]);
  });

  it("a bad note never stops the others and its problems are listed per file", () => {
    const library = buildLibrary([
      { file: SEED_FILE, text: SEED },
      { file: "operations/broken.md", text: SEED.replace("importance: 45", "importance: high").replace("id: distributed-systems-basics", "id: broken") },
    ]);
    expect(library.notes.map((n) => n.id)).toEqual(["distributed-systems-basics"]);
    expect(library.cards.length).toBeGreaterThan(0);
    expect(library.problems).toEqual([
      { file: SEED_FILE, noteId: "distributed-systems-basics", errors: [], warnings: expect.any(Array), cardCount: 12 },
      { file: "operations/broken.md", noteId: "broken", errors: [expect.objectContaining({ field: "importance", line: 6 })], warnings: [], cardCount: 0 },
    ]);
  });

  it("duplicate card pins are errors", () => {
    const traps = "1) **Q:** One? <!-- card: same -->\n   - **A:** yes.\n2) **Q:** Two? <!-- card: same -->\n   - **A:** no.\n3) **Q:** Three?\n   - **A:** maybe.";
    const text = replaceSection(SEED, TRAP_HEADING, traps);
    const library = buildLibrary([{ file: SEED_FILE, text }]);
    expect(library.errors).toEqual([
      { file: SEED_FILE, line: lineOf(text, "2) **Q:**"), field: "card", message: expect.stringContaining('duplicate card id "distributed-systems-basics:trap:same"') },
    ]);
    expect(new Set(library.cards.map((c) => c.id)).size).toBe(library.cards.length);
  });
});
