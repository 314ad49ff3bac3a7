import type { List, ListItem, Paragraph, RootContent } from "mdast";
import { inlinePlain, pinComments, sliceClean, type Range } from "./inline";
import { contentIndent, endOffset, findLabels, startLine, startOffset } from "./markdown-tree";
import { findSection, ownNodes, type Section } from "./sections";
import type { AntiPattern, DecisionRules, ExplainAnswer, ListEntry, NoteDefinition } from "./types";

/** Items of the lists among these blocks (top-level lists only). */
export function listItems(nodes: readonly RootContent[]): ListItem[] {
  return nodes.filter((n): n is List => n.type === "list").flatMap((list) => list.children);
}

/** Markdown of a list item's content (without the bullet and card-pin comments). */
export function itemMarkdown(source: string, item: ListItem, exclude: readonly Range[] = []): string {
  const first = item.children[0];
  if (!first) return "";
  const pins = pinComments(item).map((p) => p.range);
  return sliceClean(source, startOffset(first), endOffset(item), contentIndent(first), [...pins, ...exclude]);
}

export function itemEntry(source: string, item: ListItem): ListEntry {
  const markdown = itemMarkdown(source, item);
  const pin = pinComments(item)[0]?.key;
  return { markdown, text: inlinePlain(markdown), line: startLine(item), ...(pin !== undefined ? { pin } : {}) };
}

/** List items of a section, or its paragraphs when it has no list. */
export function sectionEntries(source: string, section: Section | undefined): ListEntry[] {
  if (!section) return [];
  const nodes = ownNodes(section);
  const items = listItems(nodes);
  if (items.length > 0) return items.map((item) => itemEntry(source, item));
  return nodes
    .filter((n): n is Paragraph => n.type === "paragraph")
    .map((p) => {
      const markdown = sliceClean(source, startOffset(p), endOffset(p), contentIndent(p));
      return { markdown, text: inlinePlain(markdown), line: startLine(p) };
    })
    .filter((e) => e.text !== "" && e.text.toLowerCase() !== "n/a");
}

/** Paragraphs among blocks and inside their list items, in document order. */
function paragraphsOf(nodes: readonly RootContent[]): Paragraph[] {
  return nodes.flatMap((n): Paragraph[] => {
    if (n.type === "paragraph") return [n];
    if (n.type === "list") return n.children.flatMap((item) => paragraphsOf(item.children));
    return [];
  });
}

function splitTerms(text: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if ((ch === "," || ch === ";") && depth === 0) {
      terms.push(current);
      current = "";
    } else current += ch;
  }
  terms.push(current);
  return terms.map((t) => t.trim().replace(/[.\s]+$/, "").trim()).filter((t) => t.length > 0);
}

export function extractDefinition(source: string, section: Section | undefined): NoteDefinition | null {
  if (!section) return null;
  let whatItIs = "";
  let keyTerms: string[] = [];
  const paragraphs = paragraphsOf(section.nodes);
  for (const paragraph of paragraphs) {
    const labels = findLabels(paragraph, source, (name) => name.split(" ").length <= 4);
    labels.forEach((label, i) => {
      const end = labels[i + 1]?.start ?? endOffset(paragraph);
      const markdown = sliceClean(source, label.contentStart, end, contentIndent(paragraph));
      if (label.name === "what it is" || label.name === "definition") whatItIs ||= markdown;
      if (label.name === "key terms" || label.name === "key term") {
        keyTerms = markdown ? splitTerms(inlinePlain(markdown)) : [];
        if (keyTerms.length === 0) {
          // `**Key terms:**` followed by a bullet list.
          const index = section.nodes.indexOf(paragraph);
          const next = index >= 0 ? section.nodes[index + 1] : undefined;
          if (next?.type === "list") keyTerms = next.children.map((item) => inlinePlain(itemMarkdown(source, item)));
        }
      }
    });
  }
  const firstParagraph = paragraphs[0];
  if (!whatItIs && firstParagraph) {
    whatItIs = sliceClean(source, startOffset(firstParagraph), endOffset(firstParagraph), contentIndent(firstParagraph));
  }
  if (!whatItIs && keyTerms.length === 0) return null;
  return { whatItIs, keyTerms, markdown: section.markdown, line: section.line };
}

/** The "Explain it like I'm teaching" answer: a single bullet's content, else the whole section. */
export function extractExplain(source: string, section: Section | undefined): ExplainAnswer | null {
  if (!section) return null;
  const nodes = ownNodes(section).filter((n) => n.type !== "html");
  const only = nodes.length === 1 ? nodes[0] : undefined;
  let markdown: string;
  let line: number;
  if (only?.type === "list" && only.children.length === 1 && only.children[0]) {
    markdown = itemMarkdown(source, only.children[0]);
    line = startLine(only.children[0]);
  } else if (only?.type === "blockquote" && only.children[0]) {
    const first = only.children[0];
    const last = only.children[only.children.length - 1] ?? first;
    markdown = sliceClean(source, startOffset(first), endOffset(last), contentIndent(first)).replace(/^>[ \t]?/gm, "");
    line = startLine(first);
  } else {
    const first = nodes[0];
    const last = nodes[nodes.length - 1];
    if (!first || !last) return null;
    markdown = sliceClean(source, startOffset(first), endOffset(last), contentIndent(first));
    line = startLine(first);
  }
  const text = inlinePlain(markdown);
  return text ? { markdown, text, line } : null;
}

export function extractDecisionRules(source: string, sections: readonly Section[]): DecisionRules | null {
  const section = findSection(sections, "decision-rules");
  const useSection = findSection(sections, "use-when", section);
  const avoidSection = findSection(sections, "avoid-when", section);
  let useWhen = sectionEntries(source, useSection);
  const avoidWhen = sectionEntries(source, avoidSection);
  if (section && !useSection && !avoidSection) useWhen = sectionEntries(source, section);
  if (useWhen.length === 0 && avoidWhen.length === 0) return null;
  const anchor = section ?? useSection ?? avoidSection;
  return { useWhen, avoidWhen, markdown: anchor?.markdown ?? "", line: anchor?.line ?? 1 };
}

export function extractAntiPatterns(source: string, section: Section | undefined): AntiPattern[] {
  if (!section) return [];
  return listItems(ownNodes(section)).flatMap((item): AntiPattern[] => {
    const [first, ...rest] = item.children;
    if (first?.type !== "paragraph") return [];
    const pins = pinComments(item);
    const label = findLabels(first, source, (name) => name === "anti-pattern" || name === "antipattern")[0];
    const nameStart = label && label.start === startOffset(first) ? label.contentStart : startOffset(first);
    const name = inlinePlain(sliceClean(source, nameStart, endOffset(first), contentIndent(first), pins.map((p) => p.range)));
    const restBlocks = rest.filter((n) => n.type !== "html");
    const head = restBlocks[0];
    const tail = restBlocks[restBlocks.length - 1];
    const explanation =
      head && tail ? sliceClean(source, startOffset(head), endOffset(tail), contentIndent(head), pins.map((p) => p.range)) : "";
    const pin = pins[0]?.key;
    return name ? [{ name, explanation, line: startLine(item), ...(pin !== undefined ? { pin } : {}) }] : [];
  });
}
