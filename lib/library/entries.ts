import type { CardKind, Difficulty, Library, NoteType } from "./types";
import { noteIdFromFile } from "./note-links";

/** One row of the library: a note that loaded, or the file of one that did not. */
export interface LibraryEntry {
  /** Note id; for a file whose front matter is unusable, its raw `id` or file name. */
  id: string;
  file: string;
  /** First directory of the file (`distributed`, `operations`), "" at the top level. */
  area: string;
  title: string;
  /** Null when the front matter could not be read. */
  type: NoteType | null;
  difficulty: Difficulty | null;
  importance: number | null;
  tags: readonly string[];
  aliases: readonly string[];
  cardCount: number;
  cardsByKind: Partial<Record<CardKind, number>>;
  /** The file has errors: its page shows them instead of (or above) the note. */
  broken: boolean;
  errorCount: number;
  warningCount: number;
}

function areaOf(file: string): string {
  return file.includes("/") ? file.slice(0, file.indexOf("/")) : "";
}

/** Every note file of the library as a row, in file order; broken files included. */
export function libraryEntries(library: Pick<Library, "notes" | "cards" | "problems">): LibraryEntry[] {
  const noteByFile = new Map(library.notes.map((n) => [n.file, n]));
  const kindsByNote = new Map<string, Partial<Record<CardKind, number>>>();
  for (const card of library.cards) {
    const kinds = kindsByNote.get(card.noteId) ?? {};
    kinds[card.kind] = (kinds[card.kind] ?? 0) + 1;
    kindsByNote.set(card.noteId, kinds);
  }
  return library.problems.map((problems): LibraryEntry => {
    const note = noteByFile.get(problems.file);
    const common = {
      file: problems.file,
      area: areaOf(problems.file),
      broken: problems.errors.length > 0,
      errorCount: problems.errors.length,
      warningCount: problems.warnings.length,
    };
    if (!note) {
      const id = problems.noteId ?? noteIdFromFile(problems.file);
      return { ...common, id, title: id, type: null, difficulty: null, importance: null, tags: [], aliases: [], cardCount: 0, cardsByKind: {} };
    }
    const cardsByKind = kindsByNote.get(note.id) ?? {};
    return {
      ...common,
      id: note.id,
      title: note.title,
      type: note.frontMatter.type,
      difficulty: note.frontMatter.difficulty,
      importance: note.frontMatter.importance,
      tags: note.frontMatter.tags,
      aliases: note.frontMatter.aliases,
      cardCount: Object.values(cardsByKind).reduce((sum, n) => sum + n, 0),
      cardsByKind,
    };
  });
}
