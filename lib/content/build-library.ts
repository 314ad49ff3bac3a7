import { assignCardIds } from "./card-ids";
import { cardDrafts, manifestEntries } from "./derive-cards";
import { findOrphans, MANIFEST_FILE, mergeManifests } from "./manifest";
import { parseNote } from "./parse-note";
import type { Card, CardManifest, ContentProblem, ContentWarning, Library, Note, NoteParseResult, NoteProblems, OrphanedCard, SourceFile } from "./types";
import { coverageWarnings, findPrerequisiteCycles, resolveLinks } from "./validate-library";

export interface BuildOptions {
  /** The committed manifest (`content/.cards.json`), so existing card ids are kept. */
  manifest?: CardManifest | null;
  /** Name used for manifest problems and orphan warnings of deleted notes. */
  manifestFile?: string;
  /** Parse results kept between builds: only files whose text changed are parsed again. */
  cache?: ParseCache;
}

/**
 * Parsed notes by file, reused while the file's text is unchanged (dev reloads, the authoring
 * page), with the note's cards while its entries in the manifest are unchanged too.
 */
export type ParseCache = Map<string, { text: string; result: NoteParseResult; cards?: { previous: readonly OrphanedCard[]; derived: DerivedCards } }>;

type DerivedCards = ReturnType<typeof assignCardIds>;

export function createParseCache(): ParseCache {
  return new Map();
}

function parseCached(file: string, text: string, cache: ParseCache | undefined): NoteParseResult {
  const hit = cache?.get(file);
  if (hit && hit.text === text) return hit.result;
  const result = parseNote(file, text);
  cache?.set(file, { text, result });
  return result;
}

/** A note's cards with ids; from the cache when neither its text nor its manifest entries changed. */
function deriveCached(note: Note, previous: readonly OrphanedCard[], cache: ParseCache | undefined): DerivedCards {
  const entry = cache?.get(note.file);
  if (!entry) return assignCardIds(note.file, cardDrafts(note), previous);
  if (entry.cards && sameEntries(entry.cards.previous, previous)) return entry.cards.derived;
  const derived = assignCardIds(note.file, cardDrafts(note), previous);
  entry.cards = { previous, derived };
  return derived;
}

function sameEntries(a: readonly OrphanedCard[], b: readonly OrphanedCard[]): boolean {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i];
    return y !== undefined && x.id === y.id && x.noteId === y.noteId && x.kind === y.kind && x.prompt === y.prompt;
  });
}

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * Parse, validate and derive cards for a set of notes. Pure: the caller reads the files.
 * A bad note never stops the others; its problems are listed per file.
 */
export function buildLibrary(files: readonly SourceFile[], options: BuildOptions = {}): Library {
  const errors: ContentProblem[] = [];
  const warnings: ContentWarning[] = [];
  const parsed: Note[] = [];
  const firstFileById = new Map<string, string>();
  const noteIdByFile = new Map<string, string>();

  const sorted = [...files].sort(byFile);
  if (options.cache) {
    const present = new Set(sorted.map((f) => f.file));
    for (const file of options.cache.keys()) if (!present.has(file)) options.cache.delete(file);
  }
  for (const { file, text } of sorted) {
    const result = parseCached(file, text, options.cache);
    errors.push(...result.errors);
    warnings.push(...result.warnings);
    const id = result.note?.id ?? result.rawId;
    if (id !== undefined) noteIdByFile.set(file, id);
    if (!result.note) continue;
    const first = firstFileById.get(result.note.id);
    if (first !== undefined) {
      errors.push({
        file,
        line: result.note.fieldLines["id"] ?? 1,
        field: "id",
        message: `duplicate id "${result.note.id}": used by both ${first} and ${file}`,
      });
      continue;
    }
    firstFileById.set(result.note.id, file);
    parsed.push(result.note);
  }

  const linked = resolveLinks(parsed);
  warnings.push(...linked.warnings);
  errors.push(...findPrerequisiteCycles(linked.notes));

  const cards: Card[] = [];
  const manifests: CardManifest[] = [];
  const cardCount = new Map<string, number>();
  const notes = [...linked.notes].sort((a, b) => (a.id < b.id ? -1 : 1));
  const previousByNote = groupBy(manifestEntries(options.manifest), (e) => e.noteId);
  for (const note of notes) {
    const derived = deriveCached(note, previousByNote.get(note.id) ?? [], options.cache);
    errors.push(...derived.errors);
    warnings.push(...coverageWarnings(note));
    cards.push(...derived.cards);
    manifests.push(derived.manifest);
    cardCount.set(note.file, derived.cards.length);
    if (derived.cards.length === 0) {
      errors.push({
        file: note.file,
        line: 1,
        field: "cards",
        message: "note yields no cards (expected a TL;DR or definition, trap questions, or an “Explain it like I’m teaching” answer)",
      });
    }
  }
  const fileById = new Map(notes.map((n) => [n.id, n.file]));
  const seen = new Map<string, Card>();
  for (const card of cards) {
    const other = seen.get(card.id);
    const file = fileById.get(card.noteId) ?? "";
    if (other) errors.push({ file, line: card.line, field: "card", message: `duplicate card id "${card.id}" (also on line ${other.line})` });
    else seen.set(card.id, card);
  }

  const orphans = findOrphans(options.manifest, cards);
  const manifestFile = options.manifestFile ?? MANIFEST_FILE;
  for (const orphan of orphans) {
    warnings.push({
      file: fileById.get(orphan.noteId) ?? manifestFile,
      line: 1,
      message: `card ${orphan.id} disappeared ("${orphan.prompt}"): its review history would be orphaned (pin it with <!-- card: ${orphan.id.split(":").pop() ?? ""} --> to keep it)`,
    });
  }

  const errorsByFile = groupBy(errors, (e) => e.file);
  const warningsByFile = groupBy(warnings, (w) => w.file);
  const problems: NoteProblems[] = sorted.map(({ file }) => {
    const noteId = noteIdByFile.get(file);
    return {
      file,
      ...(noteId !== undefined ? { noteId } : {}),
      errors: errorsByFile.get(file) ?? [],
      warnings: warningsByFile.get(file) ?? [],
      cardCount: cardCount.get(file) ?? 0,
    };
  });

  return { notes, cards, errors: sortProblems(errors), warnings: sortProblems(warnings), problems, orphans, manifest: mergeManifests(manifests) };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function sortProblems<T extends { file: string; line: number }>(items: T[]): T[] {
  return items.sort((a, b) => byFile(a, b) || a.line - b.line);
}
