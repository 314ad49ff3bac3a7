import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

// The reference the app's parser (Sätteri, lib/content/markdown-tree.ts) is held to: remark's own
// parser with GFM and YAML front matter, as the content issue names it. Tests compare trees with
// it, and the content benchmark reports how much faster the app's parser is.
const reference = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).freeze();

export function parseWithRemark(source: string): Root {
  return reference.parse(source);
}

/** A tree as the parsers are compared: `data` (parser-private) and undefined fields left out, keys sorted. */
export function comparableTree(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(comparableTree);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node).sort(([a], [b]) => a.localeCompare(b))) {
    if (key !== "data" && value !== undefined) out[key] = comparableTree(value);
  }
  return out;
}
