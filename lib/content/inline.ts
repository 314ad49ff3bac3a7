import type { Node, Parent } from "mdast";
import { cardPin, endOffset, startOffset } from "./markdown-tree";
import { collapseSpace } from "./text";

export type Range = readonly [number, number];

/** Card-pin comments directly inside a block (inline in its paragraph or as sibling blocks). */
export function pinComments(container: Parent): { key: string; range: Range }[] {
  const found: { key: string; range: Range }[] = [];
  const scan = (parent: Parent) => {
    for (const child of parent.children as Node[]) {
      const key = cardPin(child);
      if (key !== undefined) found.push({ key, range: [startOffset(child), endOffset(child)] });
      else if (child.type === "paragraph") scan(child as Parent);
    }
  };
  scan(container);
  return found;
}

/** Source between offsets minus excluded ranges, continuation lines dedented by `indent`. */
export function sliceClean(source: string, start: number, end: number, indent: number, exclude: readonly Range[] = []): string {
  if (exclude.length === 0) {
    const whole = source.slice(start, end);
    // One line: nothing to dedent, and trim takes its trailing blanks.
    if (!whole.includes("\n")) return whole.trim();
  }
  let text = "";
  let at = start;
  for (const [from, to] of [...exclude].sort((a, b) => a[0] - b[0])) {
    if (to <= start || from >= end) continue;
    text += source.slice(at, Math.max(at, from));
    at = Math.max(at, to);
  }
  text += source.slice(at, end);
  const lines = text.split("\n").map((line, i) => (i === 0 ? line : dedentLine(line, indent)));
  return lines
    .join("\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function dedentLine(line: string, indent: number): string {
  let i = 0;
  while (i < indent && (line[i] === " " || line[i] === "\t")) i++;
  return line.slice(i);
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntity(match: string, name: string): string {
  if (!name.startsWith("#")) return NAMED_ENTITIES[name] ?? match;
  const hex = name[1] === "x" || name[1] === "X";
  const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
}

/** A character that starts what inlinePlain resolves: an escape, comment, link, emphasis, code or entity. */
const INLINE_SYNTAX = /[\\<[*`~&]/;

/**
 * Plain text of a short inline Markdown fragment (a question, a key term): emphasis, code
 * ticks, link syntax, comments, escapes and entities resolved. Used for matching and ids,
 * never for structure.
 */
export function inlinePlain(markdown: string): string {
  if (!INLINE_SYNTAX.test(markdown)) return collapseSpace(markdown);
  // Escaped punctuation is set aside first so `\*` never reads as emphasis.
  const escaped: string[] = [];
  const text = markdown
    // U+0000…U+0001 mark escaped characters while emphasis is stripped (they cannot occur in notes).
    .replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => `\u0000${escaped.push(ch) - 1}\u0001`)
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|\*|`+|~~)(?=\S)([\s\S]*?\S)\1/g, "$2")
    // eslint-disable-next-line no-control-regex -- the markers set above
    .replace(/\u0000(\d+)\u0001/g, (_, i: string) => escaped[Number(i)] ?? "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity);
  return collapseSpace(text);
}
