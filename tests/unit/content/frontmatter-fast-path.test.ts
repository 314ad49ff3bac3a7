import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { syntheticLibrary } from "@/bench/content-notes";
import { readFrontMatter, readSimpleFrontMatter, type FrontMatterResult } from "@/lib/content/frontmatter";
import { readSourceFiles } from "@/lib/content/load-library";
import { parseMarkdown } from "@/lib/content/markdown-tree";
import { normaliseSource } from "@/lib/content/text";
import { SEED, SEED_FILE } from "./helpers";

// Simple front matter is read by js-yaml (fast); everything else, and anything the schema
// refuses, by the `yaml` document parser (positions for messages). The two must agree wherever
// the fast path answers: same values, same field lines, same warnings.
const CONTENT_DIR = fileURLToPath(new URL("../../../content", import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL("../../fixtures", import.meta.url));

function both(source: string, file = "note.md") {
  const tree = parseMarkdown(source);
  return { fast: readFrontMatter(file, source, tree), full: readFrontMatter(file, source, tree, { simple: false }) };
}

/** Whether the fast path answers for this note's front matter. */
function takesFastPath(source: string): boolean {
  const node = parseMarkdown(source).children[0];
  if (node?.type !== "yaml") return false;
  const result: FrontMatterResult = { data: null, fieldLines: {}, endOffset: 0, errors: [], warnings: [] };
  return readSimpleFrontMatter("note.md", node.value, node.position?.start.line ?? 1, result);
}

const BASE: Record<string, string> = {
  id: "cap-theorem",
  title: '"CAP Theorem (Practical)"',
  type: "concept",
  status: "learning",
  importance: "95",
  difficulty: "medium",
  tags: "[distributed, consistency]",
  canonical: "true",
  aliases: "[CAP, Brewer's theorem]",
  created_at: "2026-11-22",
  updated_at: "2026-11-22",
};

function note(fields: Record<string, string>, extra = ""): string {
  const lines = Object.entries(fields).map(([k, v]) => (v === "" ? `${k}:` : `${k}: ${v}`));
  return `---\n${lines.join("\n")}${extra}\n---\n# Title\n\n## TL;DR\n- x\n`;
}

// Values where YAML loaders are known to part ways (1.1 vs 1.2 booleans, dates, number forms,
// quoting, comments), each put in a field that accepts it and in one that refuses it.
const TRICKY = [
  "95", "0x5F", "0o17", "1_000", "1e2", ".5", "+12", "-0", "0017", "95.0", "95 # a comment",
  "true", "True", "TRUE", "yes", "on", "no", "off", "~", "null", "Null", "NULL",
  "2026-11-22", "2026-02-30", "2026-11-22T10:00:00Z", "2026-11-22 10:00:00", "20261122",
  "medium", "Medium ", "'medium'", '"medium"', "'it''s'", '"a: b"', "C#", "a#b", "x:y", "x: y", "a - b", "[]", "[ ]",
  "[a, b,]", "[a,b]", "[ a , b ]", "[a: b]", "[a, [b]]", "[a, 'b']", "[-1, 2]", "[-0, a]", "-0", "-1", "- 1", "{a: 1}", "&anchor x", "*alias", "!tag x",
  "|", ">", "@x", "`x`", "%x", "- a", "'unterminated", '"esc\\"aped"', "trailing   ",
];

describe("simple front matter takes the fast path with the full parser's results", () => {
  it("every note in content/, the fixtures, the seed and the benchmark's generated notes", async () => {
    const files = [
      ...(await readSourceFiles(CONTENT_DIR)),
      ...(await readSourceFiles(FIXTURES_DIR)),
      { file: SEED_FILE, text: SEED },
      ...syntheticLibrary(40),
    ];
    let fast = 0;
    for (const { file, text } of files) {
      const source = normaliseSource(text);
      const result = both(source, file);
      expect(result.fast, file).toEqual(result.full);
      if (takesFastPath(source)) fast++;
    }
    // Every library note is simple enough: the speed-up is real, not a test of the fallback.
    const library = (await readSourceFiles(CONTENT_DIR)).filter(({ text }) => takesFastPath(normaliseSource(text)));
    expect(library.length).toBe((await readSourceFiles(CONTENT_DIR)).length);
    expect(fast).toBeGreaterThan(70);
  });

  it.each(Object.keys(BASE))("tricky values in %s agree with the full parser", (field) => {
    for (const value of TRICKY) {
      const source = note({ ...BASE, [field]: value });
      const { fast, full } = both(source);
      expect(fast, `${field}: ${value}`).toEqual(full);
    }
  });

  it("block lists, comments, blank lines, unknown keys and empty values agree", () => {
    const { tags: _tags, ...withoutTags } = BASE; // the block list comes last, right after its key
    const cases = [
      note({ ...withoutTags, tags: "" }, "\n  - distributed\n  - 'consistency'\n  # a comment\n\n  - replication # why"),
      note({ ...BASE, aliases: "" }),
      note({ ...BASE, owner: "someone" }),
      note({ ...BASE, title: "Plain title" }, "\n# trailing comment"),
      note({ ...BASE, tags: "[a]" }, "\n  - b"), // an item after an entry that has a value
      note({ ...BASE }, "\nid: again"), // duplicate key
      note({ ...BASE, title: "multi" }, "\n  line"), // a plain scalar continued on the next line
      note({ ...BASE }, "\n\tindented: tab"),
      note({ id: BASE.id ?? "", title: "x" }), // missing fields: the full parser's messages
      note({ ...BASE, importance: "high" }),
    ];
    for (const source of cases) {
      const { fast, full } = both(source);
      expect(fast, source).toEqual(full);
    }
    expect(takesFastPath(cases[0] ?? "")).toBe(true);
    expect(takesFastPath(cases[2] ?? "")).toBe(true);
    expect(takesFastPath(cases[4] ?? "")).toBe(false);
  });
});
