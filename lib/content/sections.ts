import type { Heading, Root, RootContent } from "mdast";
import { endOffset, plainText, startLine, startOffset } from "./markdown-tree";
import { straightenQuotes, words } from "./text";
import type { NoteSection } from "./types";

export interface Section extends NoteSection {
  nodes: RootContent[];
  /** Offset just after the heading. */
  start: number;
  /** Offset where the next heading of the same or higher level starts. */
  end: number;
  parent: Section | null;
}

export interface SectionTree {
  title: { text: string; line: number; end: number } | null;
  sections: Section[];
}

const KEY_RULES: readonly [RegExp, string][] = [
  [/\btl ?dr\b|\bbluf\b|^summary\b/, "tldr"],
  [/^definition\b/, "definition"],
  [/^decision rules?\b/, "decision-rules"],
  [/^use it when\b|^when to use\b/, "use-when"],
  [/^avoid it when\b|^when not to use\b|^don ?t use it when\b/, "avoid-when"],
  [/^explain\b/, "explain"],
  [/\btrap\b/, "trap-questions"],
  [/\bself ?check\b/, "self-check"],
  [/\banti ?patterns?\b/, "anti-patterns"],
  [/\bpitfalls?\b|^failure modes?\b/, "pitfalls"],
  [/^prerequisites?\b/, "prerequisites"],
  [/^related\b/, "related"],
  [/^compare\b/, "compare"],
  [/^links?\b/, "links"],
  [/^end to end\b|^flow\b|^steps\b/, "flow"],
  [/^simulation\b/, "simulation"],
  [/^interview\b/, "interview"],
];

/**
 * Normalised name of a heading: well-known sections get a fixed key whatever the quotes,
 * emoji, numbering or parenthetical; others become a slug of their words.
 */
export function sectionKey(heading: string): string {
  // Every note repeats the same dozen headings: remember their keys (bounded, for odd headings).
  let key = sectionKeys.get(heading);
  if (key === undefined) {
    key = computeSectionKey(heading);
    if (sectionKeys.size < 5_000) sectionKeys.set(heading, key);
  }
  return key;
}

const sectionKeys = new Map<string, string>();

function computeSectionKey(heading: string): string {
  const withoutParens = straightenQuotes(heading).replace(/\([^)]*\)/g, " ");
  const text = words(withoutParens.replace(/;/g, " ")).filter((w) => !/^\d+$/.test(w)).join(" ");
  for (const [pattern, key] of KEY_RULES) if (pattern.test(text)) return key;
  return text.replace(/ /g, "-") || "untitled";
}

/** Split a note's mdast into its title and (nested) sections. */
export function buildSections(tree: Root, source: string): SectionTree {
  const children = tree.children;
  let title: SectionTree["title"] = null;
  const sectionHeads: { index: number; heading: Heading; depth: number }[] = [];
  children.forEach((node, index) => {
    if (node.type !== "heading" || node.depth > 3) return;
    if (node.depth === 1 && title === null && sectionHeads.length === 0) {
      title = { text: plainText(node), line: startLine(node), end: endOffset(node) };
      sectionHeads.push({ index, heading: node, depth: 1 });
      return;
    }
    // A second `#` heading is treated like a `##` section.
    sectionHeads.push({ index, heading: node, depth: Math.max(2, node.depth) });
  });

  const sections: Section[] = [];
  const stack: Section[] = [];
  sectionHeads.forEach((head, h) => {
    if (h === 0 && title !== null) return;
    let next = sectionHeads.length;
    for (let k = h + 1; k < sectionHeads.length; k++) {
      if ((sectionHeads[k]?.depth ?? 0) <= head.depth) {
        next = k;
        break;
      }
    }
    const nextHead = sectionHeads[next];
    const endIndex = nextHead ? nextHead.index : children.length;
    const start = endOffset(head.heading);
    const end = nextHead ? startOffset(nextHead.heading) : source.length;
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= head.depth) stack.pop();
    const headingText = plainText(head.heading);
    const section: Section = {
      key: sectionKey(headingText),
      heading: headingText,
      depth: head.depth,
      line: startLine(head.heading),
      markdown: source.slice(start, end).trim(),
      nodes: children.slice(head.index + 1, endIndex),
      start,
      end,
      parent: stack[stack.length - 1] ?? null,
    };
    sections.push(section);
    stack.push(section);
  });
  return { title, sections };
}

/** The first section with this key; inside `within` (a section and its descendants) when given. */
export function findSection(sections: readonly Section[], key: string, within?: Section | null): Section | undefined {
  if (within) {
    const inside = sections.find((s) => s.key === key && isWithin(s, within));
    if (inside) return inside;
  }
  return sections.find((s) => s.key === key);
}

function isWithin(section: Section, ancestor: Section): boolean {
  for (let p = section.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** Block nodes of a section that sit above its first sub-heading. */
export function ownNodes(section: Section): RootContent[] {
  const firstHeading = section.nodes.findIndex((n) => n.type === "heading" && n.depth <= 3);
  return firstHeading < 0 ? section.nodes : section.nodes.slice(0, firstHeading);
}

/** The deepest section containing an offset. */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  let best: Section | undefined;
  for (const s of sections) {
    if (offset >= s.start && offset < s.end && (!best || s.depth >= best.depth)) best = s;
  }
  return best;
}
