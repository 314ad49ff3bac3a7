import type { Definition, Link } from "mdast";
import { plainText, startLine, startOffset } from "./markdown-tree";
import { sectionAt, type Section } from "./sections";
import type { LinkKind, NoteLink } from "./types";

const KIND_BY_SECTION: Record<string, LinkKind> = {
  prerequisites: "prerequisite",
  related: "related",
  compare: "compare",
};

/** `a/b/../c.md` → `a/c.md`; null when it climbs above the content directory. */
export function normalisePath(path: string): string | null {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}

/** Content-relative path a note link points to, or null for external/non-note links. */
export function resolveNotePath(fromFile: string, href: string): string | null {
  const trimmed = href.trim();
  if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    return null;
  }
  const pathPart = trimmed.split(/[?#]/)[0] ?? "";
  if (!/\.md$/i.test(pathPart)) return null;
  let decoded = pathPart;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    // keep it as written
  }
  const dir = fromFile.includes("/") ? fromFile.slice(0, fromFile.lastIndexOf("/")) : "";
  return normalisePath(dir ? `${dir}/${decoded}` : decoded) ?? `../${decoded}`;
}

export function noteIdFromPath(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return base.replace(/\.md$/i, "");
}

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
