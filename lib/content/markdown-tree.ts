import type { Code, Definition, Link, Node, Nodes, Paragraph, PhrasingContent, Root, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { markdownToMdast } from "satteri";
import { collapseSpace } from "./text";

// Sätteri (the Markdown engine Astro builds on) parses CommonMark + GFM + front matter in native
// code and hands back the unified ecosystem's mdast, positions included, some fifty times faster
// than remark-parse on this machine. That it builds the very tree remark-parse + remark-gfm +
// remark-frontmatter build is checked note by note in tests/unit/content/markdown-parser.test.ts.
const FEATURES = { gfm: true, frontmatter: true } as const;

/** Parse Markdown (GFM + YAML front matter) into mdast with positions: what a reader sees rendered. */
export function parseMarkdown(source: string): Root {
  const tree = markdownToMdast(source, { features: FEATURES });
  if (tree.type !== "root") throw new Error(`Markdown parser returned a ${tree.type} node, not a root`);
  return tree;
}

/** The nodes note extraction looks at anywhere in the tree, each list in document order. */
export interface CollectedNodes {
  /** Links and link reference definitions. */
  links: (Link | Definition)[];
  tables: Table[];
  code: Code[];
}

/** One depth-first walk over the tree (the order unist-util-visit would use). */
export function collectNodes(tree: Root): CollectedNodes {
  const found: CollectedNodes = { links: [], tables: [], code: [] };
  const walk = (node: Nodes): void => {
    if (node.type === "link" || node.type === "definition") found.links.push(node);
    else if (node.type === "table") found.tables.push(node);
    else if (node.type === "code") found.code.push(node);
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

export function startOffset(node: Node): number {
  return node.position?.start.offset ?? 0;
}

export function endOffset(node: Node): number {
  return node.position?.end.offset ?? 0;
}

export function startLine(node: Node): number {
  return node.position?.start.line ?? 1;
}

/** Plain text of a node, white space collapsed. */
export function plainText(node: Node | Node[]): string {
  const nodes = Array.isArray(node) ? node : [node];
  return collapseSpace(nodes.map((n) => toString(n, { includeHtml: false })).join(" "));
}

/** Column (0-based) where a node's content starts: the indent of its continuation lines. */
export function contentIndent(node: Node): number {
  return (node.position?.start.column ?? 1) - 1;
}

const CARD_PIN = /^<!--\s*card\s*:\s*(.*?)\s*-->$/i;

/** The key of a `<!-- card: key -->` comment, or undefined. */
export function cardPin(node: Node & { value?: unknown }): string | undefined {
  if (node.type !== "html" || typeof node.value !== "string") return undefined;
  const match = CARD_PIN.exec(node.value.trim());
  return match ? (match[1] ?? "") : undefined;
}

export interface Label {
  /** Lower-case label without the colon, quotes straightened: "what it is", "a". */
  name: string;
  /** Offset where the label starts. */
  start: number;
  /** Offset where the labelled content starts (after the colon and spaces). */
  contentStart: number;
}

/**
 * Bold/italic labels ending in a colon inside a paragraph (`**Key terms:**`, `**A**:`),
 * or a plain `Label:` at the start of the paragraph or of one of its lines.
 */
export function findLabels(paragraph: Paragraph, source: string, accept: (name: string) => boolean): Label[] {
  const labels: Label[] = [];
  const children = paragraph.children;
  children.forEach((child, i) => {
    if (child.type === "strong" || child.type === "emphasis") {
      const raw = collapseSpace(toString(child));
      const next: PhrasingContent | undefined = children[i + 1];
      let contentStart = endOffset(child);
      let name: string | undefined;
      if (raw.endsWith(":")) name = raw.slice(0, -1);
      else if (next?.type === "text" && next.value.startsWith(":")) {
        name = raw;
        contentStart += 1;
      }
      if (name !== undefined && accept(normaliseLabel(name))) {
        labels.push({ name: normaliseLabel(name), start: startOffset(child), contentStart: skipSpaces(source, contentStart) });
      }
    } else if (child.type === "text") {
      const atParagraphStart = i === 0;
      const pattern = /(^|\n)([ \t]*)([A-Za-z][A-Za-z '\u2019/-]{0,30}):[ \t]/g;
      for (const match of child.value.matchAll(pattern)) {
        const lead = match[1] ?? "";
        if (lead === "" && !atParagraphStart) continue;
        const name = normaliseLabel(match[3] ?? "");
        if (!accept(name)) continue;
        const rawName = match[3] ?? "";
        // Text values drop indentation and escapes, so find the label in the source from here on.
        const at = source.indexOf(`${rawName}:`, startOffset(child) + (match.index ?? 0));
        if (at < 0) continue;
        const afterColon = at + rawName.length + 1;
        labels.push({ name, start: at, contentStart: skipSpaces(source, afterColon) });
      }
    }
  });
  return labels.sort((a, b) => a.start - b.start);
}

function normaliseLabel(name: string): string {
  return collapseSpace(name.replace(/[\u2018\u2019]/g, "'").toLowerCase());
}

function skipSpaces(source: string, offset: number): number {
  let i = offset;
  while (source[i] === " " || source[i] === "\t") i++;
  return i;
}
