import type { Definition, Link } from "mdast";
import { plainText, startLine, startOffset } from "./markdown-tree";
import { noteIdFromPath, resolveNotePath } from "./note-paths";
import { sectionAt, type Section } from "./sections";
import type { LinkKind, NoteLink } from "./types";

const KIND_BY_SECTION: Record<string, LinkKind> = {
  prerequisites: "prerequisite",
  related: "related",
  compare: "compare",
};

/**
 * Every link to another note (`[x](cap-theorem.md)`, reference definitions too), with the Links
 * subsection it sits in. `nodes` are the note's links and definitions in document order.
 */
export function extractLinks(file: string, nodes: readonly (Link | Definition)[], sections: readonly Section[]): NoteLink[] {
  const links: NoteLink[] = [];
  for (const node of nodes) {
    const path = resolveNotePath(file, node.url);
    if (path === null) continue;
    const section = sectionAt(sections, startOffset(node));
    const kind: LinkKind = (section && KIND_BY_SECTION[section.key]) ?? "body";
    links.push({
      kind,
      text: node.type === "link" ? plainText(node) : node.label ?? node.identifier,
      href: node.url,
      path,
      targetId: noteIdFromPath(path),
      line: startLine(node),
    });
  }
  return links;
}
