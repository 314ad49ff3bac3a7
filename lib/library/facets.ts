// The schema module, not the @/lib/content barrel: this runs in the browser, where the Markdown parser cannot.
import { DIFFICULTIES, NOTE_TYPES } from "@/lib/content/frontmatter-schema";
import type { LibraryEntry } from "./entries";
import type { Difficulty, NoteType } from "./types";

export interface FacetValue<T extends string = string> {
  value: T;
  count: number;
}

/** The values the library's filters can take, with how many notes carry each. */
export interface LibraryFacets {
  areas: FacetValue[];
  /** Most used first. */
  tags: FacetValue[];
  difficulties: FacetValue<Difficulty>[];
  types: FacetValue<NoteType>[];
}

function counted<T extends string>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

const byName = (a: FacetValue, b: FacetValue) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

export function libraryFacets(entries: readonly LibraryEntry[]): LibraryFacets {
  const areas = counted(entries.flatMap((e) => (e.area ? [e.area] : [])));
  const tags = counted(entries.flatMap((e) => e.tags));
  const difficulties = counted(entries.flatMap((e) => (e.difficulty ? [e.difficulty] : [])));
  const types = counted(entries.flatMap((e) => (e.type ? [e.type] : [])));
  return {
    areas: [...areas].map(([value, count]) => ({ value, count })).sort(byName),
    tags: [...tags].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || byName(a, b)),
    difficulties: DIFFICULTIES.filter((d) => difficulties.has(d)).map((value) => ({ value, count: difficulties.get(value) ?? 0 })),
    types: NOTE_TYPES.filter((t) => types.has(t)).map((value) => ({ value, count: types.get(value) ?? 0 })),
  };
}
