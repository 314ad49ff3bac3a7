// Submodules, not the @/lib/content barrel: this runs in the browser, where the Markdown parser cannot.
import { resolveNotePath } from "@/lib/content/note-paths";
import type { Note } from "./types";

/** `operations/networking-basics.md` → `networking-basics`. */
export function noteIdFromFile(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

export function notePath(id: string): string {
  return `/notes/${encodeURIComponent(id)}`;
}

/**
 * For Markdown rendering: turns links to note files (`cap-theorem.md`,
 * `../operations/networking-basics.md#x`), relative to `fromFile`, into note pages
 * (`/notes/cap-theorem`, `/notes/networking-basics#x`). A link to a file that is not a
 * note still goes to `/notes/<its name>`, which answers "not found". Other links are kept.
 */
export function noteHrefRewriter(notes: readonly Pick<Note, "id" | "file">[], fromFile: string): (href: string) => string | undefined {
  const idByFile = new Map(notes.map((n) => [n.file, n.id]));
  return (href) => {
    const target = resolveNotePath(fromFile, href);
    if (target === null) return undefined;
    const hashAt = href.indexOf("#");
    const hash = hashAt >= 0 ? href.slice(hashAt) : "";
    return `${notePath(idByFile.get(target) ?? noteIdFromFile(target))}${hash}`;
  };
}
