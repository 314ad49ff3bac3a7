import { z } from "zod";
// The schema module, not the @/lib/content barrel: this runs in the browser, where the Markdown parser cannot.
import { DIFFICULTIES, NOTE_TYPES } from "@/lib/content/frontmatter-schema";
import type { Difficulty, NoteType } from "./types";

/** The library's filters, as the URL carries them. An empty string means "any". */
export interface LibraryQuery {
  q: string;
  tag: string;
  area: string;
  difficulty: Difficulty | "";
  type: NoteType | "";
}

export const EMPTY_QUERY: LibraryQuery = { q: "", tag: "", area: "", difficulty: "", type: "" };

/** URL parameter order, also the order of `libraryQueryString`. */
export const QUERY_KEYS = ["q", "tag", "area", "difficulty", "type"] as const satisfies readonly (keyof LibraryQuery)[];

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

// A repeated parameter counts once (its first value); anything unusable means "any".
const firstString = (v: unknown, max: number) => {
  const s: unknown = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" ? s.trim().slice(0, max) : "";
};
const text = (max: number) => z.preprocess((v) => firstString(v, max), z.string());
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => firstString(v, 40).toLowerCase(), z.union([z.enum(values), z.literal("")]).catch(""));

const querySchema = z.object({
  q: text(200),
  tag: text(100),
  area: text(100),
  difficulty: oneOf(DIFFICULTIES),
  type: oneOf(NOTE_TYPES),
});

/** The filters in a page's `searchParams` (or a URLSearchParams); never throws. */
export function parseLibraryQuery(params: SearchParamsRecord | URLSearchParams): LibraryQuery {
  const record: SearchParamsRecord = params instanceof URLSearchParams ? Object.fromEntries(params.entries()) : params;
  const parsed = querySchema.safeParse(record);
  return parsed.success ? parsed.data : { ...EMPTY_QUERY };
}

/** `?q=cap&area=distributed`, or "" when no filter is set: the shareable form of a query. */
export function libraryQueryString(query: Partial<LibraryQuery>): string {
  const params = new URLSearchParams();
  for (const key of QUERY_KEYS) {
    const value = query[key]?.trim();
    if (value) params.set(key, value);
  }
  const s = params.toString();
  return s === "" ? "" : `?${s}`;
}

export function isEmptyQuery(query: LibraryQuery): boolean {
  return QUERY_KEYS.every((key) => query[key].trim() === "");
}
