import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { syntheticLibrary } from "@/bench/content-notes";
import { parseMarkdown } from "@/lib/content/markdown-tree";
import { readSourceFiles } from "@/lib/content/load-library";
import { normaliseSource } from "@/lib/content/text";
import { comparableTree, parseWithRemark } from "@/tests/support/remark-reference";
import { SEED, SEED_FILE } from "./helpers";

// Notes are parsed by Sätteri (native, fast); remark-parse + GFM + front matter is the reference.
// Every extraction rule reads node types, values and source offsets, so the trees must be equal
// in all three, not merely render alike.
const CONTENT_DIR = fileURLToPath(new URL("../../../content", import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL("../../fixtures", import.meta.url));

const expectSameTree = (source: string, label: string) =>
  expect(comparableTree(parseMarkdown(source)), label).toEqual(comparableTree(parseWithRemark(source)));

// What authors write and what GFM makes special, each where the two parsers could part ways.
const SNIPPETS: Record<string, string> = {
  "non-ASCII offsets": "# Ünïcødé 🚀 title\n\nEmoji 😀, CJK 分布式 and **bold 粗体**: after\n",
  "table with alignment and escaped pipes": "| a | b |\n|:--|--:|\n| 1 | 2 |\n| `x\\|y` | \\| |\n",
  footnote: "Footnote[^1].\n\n[^1]: The note.\n",
  "raw HTML blocks and inline": '<div>\n*raw*\n</div>\n\n<script>alert(1)</script>\n\nInline <b onclick="x">html</b> <!-- card: key -->\n',
  "literal autolinks": "Visit www.example.com or https://x.io/a?b=c. Mail a@b.co and mailto:a@b.co.\n",
  "task lists and both numberings": "- [ ] task\n- [x] done\n\n1) one\n2) two\n\n3. three\n",
  "nested lists with code and loose items": "- a\n  - b\n\n    para\n\n  ```js\n  code\n  ```\n- c\n",
  "tilde fence with meta and indented code": "~~~sim meta here\nscenario: x\n~~~\n\n    indented code\n",
  "setext headings and a rule": "Setext\n======\n\nSub\n---\n\n***\n",
  "entities, escapes and hard breaks": "&amp; &copy; &#35; &#x41; \\* escaped\nhard  \nbreak\\\nagain\n",
  "strikethrough, references and images": '~~strike~~ ~single~ [ref][r] ![img](a.png "t") [x](cap-theorem.md)\n\n[r]: https://r.example "Title"\n',
  "block quotes and lazy lines": "> quote\n> - item\n>\n> more\n\n>lazy\ncontinuation\n",
  "trap question with curly quotes and a code answer": "1. **Q:** “Curly” question?\n   - **A:** answer with `code` and\n\n     ```\n     block\n     ```\n",
  "front matter only": "---\ntitle: x\n---\n# T\n",
  "unclosed front matter": "---\ntitle: x\n\n# T\n",
  "tab indentation": "\t- tab list\n\t\tnested tab\n",
  "odd emphasis and spaces": "a\u00a0b c * not emph * _a_b_ __x__ **Q**: label\n",
  "autolinks and code spans": "<https://auto.link> <mail@x.com> `` code `` ``` `` ```\n",
  "empty document": "",
};

describe("the Markdown parser", () => {
  it("builds remark's tree for every note in content/, the fixtures and the seed", async () => {
    const files = [...(await readSourceFiles(CONTENT_DIR)), ...(await readSourceFiles(FIXTURES_DIR)), { file: SEED_FILE, text: SEED }];
    expect(files.length).toBeGreaterThan(30);
    for (const { file, text } of files) expectSameTree(normaliseSource(text), file);
  });

  it("builds remark's tree for the benchmark's generated notes", () => {
    for (const { file, text } of syntheticLibrary(40)) expectSameTree(text, file);
  });

  it.each(Object.entries(SNIPPETS))("builds remark's tree for %s", (label, source) => {
    expectSameTree(source, label);
    expectSameTree(source.replace(/\n/g, "\r\n"), `${label} (CRLF)`);
  });

  it("keeps offsets in UTF-16 code units, as JavaScript strings count them", () => {
    const source = "# 🚀 Raft\n\n**A:** ok\n";
    const strong = parseMarkdown(source).children[1];
    expect(strong?.type).toBe("paragraph");
    const label = strong?.type === "paragraph" ? strong.children[0] : undefined;
    expect(source.slice(label?.position?.start.offset, label?.position?.end.offset)).toBe("**A:**");
  });
});
