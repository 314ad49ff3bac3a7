import { libraryEntries, type LibraryEntry } from "./entries";
import type { ContentProblem, ContentWarning, Library, OrphanedCard } from "./types";

/** One note file as the author page lists it. */
export interface AuthorRow extends LibraryEntry {
  errors: ContentProblem[];
  warnings: ContentWarning[];
}

/** A link to a note file that does not exist. */
export interface BrokenLink {
  noteId: string;
  file: string;
  line: number;
  href: string;
  /** Where it points, relative to the content directory. */
  path: string;
}

export interface NoteRef {
  id: string;
  title: string;
  count: number;
}

export interface Coverage {
  /** Loaded notes without a single trap card. */
  withoutTraps: NoteRef[];
  /** Loaded notes with one or two trap cards (three are expected). */
  fewTraps: NoteRef[];
  withoutDrill: NoteRef[];
  brokenLinks: BrokenLink[];
  /** Card ids in the committed manifest that no card carries any more. */
  orphanedCards: OrphanedCard[];
  /** Files whose errors keep them (or part of them) out of study. */
  brokenFiles: string[];
}

export interface AuthorOverview {
  rows: AuthorRow[];
  coverage: Coverage;
  totals: { notes: number; files: number; cards: number; errors: number; warnings: number };
}

const TRAPS_EXPECTED = 3;

/** What the author page shows: every file with its problems and cards, and the coverage gaps. */
export function authorOverview(library: Pick<Library, "notes" | "cards" | "problems" | "orphans" | "errors" | "warnings">): AuthorOverview {
  const entries = libraryEntries(library);
  const problemsByFile = new Map(library.problems.map((p) => [p.file, p]));
  const rows = entries.map((entry): AuthorRow => {
    const problems = problemsByFile.get(entry.file);
    return { ...entry, errors: problems?.errors ?? [], warnings: problems?.warnings ?? [] };
  });
  const loaded = new Set(library.notes.map((n) => n.id));
  const refs = (pick: (e: LibraryEntry) => number, keep: (n: number) => boolean): NoteRef[] =>
    entries
      .filter((e) => loaded.has(e.id) && e.type !== null && keep(pick(e)))
      .map((e) => ({ id: e.id, title: e.title, count: pick(e) }));
  const traps = (e: LibraryEntry) => e.cardsByKind.trap ?? 0;
  const drills = (e: LibraryEntry) => e.cardsByKind.drill ?? 0;
  const files = new Set(library.notes.map((n) => n.file));
  const brokenLinks = library.notes.flatMap((note) =>
    note.links
      .filter((link) => !files.has(link.path))
      .map((link) => ({ noteId: note.id, file: note.file, line: link.line, href: link.href, path: link.path })),
  );
  return {
    rows,
    coverage: {
      withoutTraps: refs(traps, (n) => n === 0),
      fewTraps: refs(traps, (n) => n > 0 && n < TRAPS_EXPECTED),
      withoutDrill: refs(drills, (n) => n === 0),
      brokenLinks,
      orphanedCards: library.orphans,
      brokenFiles: rows.filter((r) => r.broken).map((r) => r.file),
    },
    totals: {
      notes: library.notes.length,
      files: library.problems.length,
      cards: library.cards.length,
      errors: library.errors.length,
      warnings: library.warnings.length,
    },
  };
}
