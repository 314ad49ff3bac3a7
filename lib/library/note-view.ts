import { noteIdFromFile } from "./note-links";
import type { Card, ContentProblem, ContentWarning, Library, LinkKind, Note } from "./types";

/** A link from one note to another, as a note page lists it. */
export interface LinkedNote {
  id: string;
  /** The target note's title, or the link text when the target does not exist. */
  title: string;
  /** False for a broken link (no note at the file it names). */
  exists: boolean;
}

export interface NoteView {
  id: string;
  /** Null when the note's file could not be read into a note (its problems say why). */
  note: Note | null;
  /** Problems of every file that claims this id (a duplicate's too), in file order. */
  errors: ContentProblem[];
  warnings: ContentWarning[];
  files: string[];
  cards: Card[];
  prerequisites: LinkedNote[];
  related: LinkedNote[];
  compare: LinkedNote[];
  /** Notes that link here, by title. */
  linkedFrom: LinkedNote[];
}

function linksOf(note: Note, kind: LinkKind, library: Pick<Library, "notes">): LinkedNote[] {
  const byFile = new Map(library.notes.map((n) => [n.file, n]));
  const seen = new Set<string>();
  const out: LinkedNote[] = [];
  for (const link of note.links) {
    if (link.kind !== kind) continue;
    const target = byFile.get(link.path);
    const id = target?.id ?? link.targetId;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, title: target?.title ?? link.text, exists: target !== undefined });
  }
  return out;
}

const byTitle = (a: LinkedNote, b: LinkedNote) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);

/** Everything a note page shows, or null when no note or note file has this id. */
export function noteView(library: Pick<Library, "notes" | "cards" | "problems">, id: string): NoteView | null {
  const note = library.notes.find((n) => n.id === id) ?? null;
  const problems = library.problems.filter((p) => (p.noteId ?? noteIdFromFile(p.file)) === id || p.file === note?.file);
  if (!note && problems.length === 0) return null;
  const linkedFrom = note
    ? library.notes
        .filter((other) => other.id !== id && other.links.some((l) => l.path === note.file))
        .map((other) => ({ id: other.id, title: other.title, exists: true }))
        .sort(byTitle)
    : [];
  return {
    id,
    note,
    errors: problems.flatMap((p) => p.errors),
    warnings: problems.flatMap((p) => p.warnings),
    files: problems.map((p) => p.file),
    cards: library.cards.filter((c) => c.noteId === id),
    prerequisites: note ? linksOf(note, "prerequisite", library) : [],
    related: note ? linksOf(note, "related", library) : [],
    compare: note ? linksOf(note, "compare", library) : [],
    linkedFrom,
  };
}
