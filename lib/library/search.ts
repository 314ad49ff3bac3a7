import type { LibraryEntry } from "./entries";
import { foldText, queryTerms } from "./fold-text";
import type { LibraryQuery } from "./query";

interface Folded {
  title: string;
  id: string;
  aliases: string[];
  tags: string[];
}

function fold(entry: LibraryEntry): Folded {
  return { title: foldText(entry.title), id: foldText(entry.id), aliases: entry.aliases.map(foldText), tags: entry.tags.map(foldText) };
}

/**
 * How well an entry matches the search words (0 = not at all). Every word must occur in the
 * title, an alias, a tag or the id; whole-phrase matches on the title, then aliases, rank first.
 */
export function searchScore(entry: LibraryEntry, query: string): number {
  const terms = queryTerms(query);
  if (terms.length === 0) return 1;
  const f = fold(entry);
  const fields = [f.title, f.id, ...f.aliases, ...f.tags];
  if (!terms.every((term) => fields.some((field) => field.includes(term)))) return 0;
  const phrase = terms.join(" ");
  if (f.title === phrase || f.aliases.includes(phrase)) return 100;
  if (f.title.startsWith(phrase)) return 60;
  if (f.title.includes(phrase)) return 40;
  if (f.aliases.some((a) => a.includes(phrase))) return 30;
  if (f.tags.includes(phrase)) return 20;
  return 10;
}

function matchesFacets(entry: LibraryEntry, query: LibraryQuery): boolean {
  if (query.tag && !entry.tags.some((t) => foldText(t) === foldText(query.tag))) return false;
  if (query.area && foldText(entry.area) !== foldText(query.area)) return false;
  if (query.difficulty && entry.difficulty !== query.difficulty) return false;
  if (query.type && entry.type !== query.type) return false;
  return true;
}

function byImportanceThenTitle(a: LibraryEntry, b: LibraryEntry): number {
  const importance = (b.importance ?? -1) - (a.importance ?? -1);
  if (importance !== 0) return importance;
  const ta = foldText(a.title);
  const tb = foldText(b.title);
  return ta < tb ? -1 : ta > tb ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** The entries a query selects: best search matches first, then by importance and title. */
export function filterEntries(entries: readonly LibraryEntry[], query: LibraryQuery): LibraryEntry[] {
  const scored = entries
    .filter((entry) => matchesFacets(entry, query))
    .map((entry) => ({ entry, score: searchScore(entry, query.q) }))
    .filter(({ score }) => score > 0);
  scored.sort((a, b) => b.score - a.score || byImportanceThenTitle(a.entry, b.entry));
  return scored.map(({ entry }) => entry);
}
