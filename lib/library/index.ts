// Public entry of the library views: pure functions over a loaded `Library` (lib/content)
// that the library, note and author pages render. No React, no database, no clock.
export { authorOverview, type AuthorOverview, type AuthorRow, type BrokenLink, type Coverage, type NoteRef } from "./coverage";
export { libraryEntries, type LibraryEntry } from "./entries";
export { libraryFacets, type FacetValue, type LibraryFacets } from "./facets";
export { foldText, queryTerms } from "./fold-text";
export { noteHrefRewriter, noteIdFromFile, notePath } from "./note-links";
export { noteView, type LinkedNote, type NoteView } from "./note-view";
export {
  EMPTY_QUERY,
  isEmptyQuery,
  libraryQueryString,
  parseLibraryQuery,
  QUERY_KEYS,
  type LibraryQuery,
  type SearchParamsRecord,
} from "./query";
export { filterEntries, searchScore } from "./search";
export type { Difficulty, NoteType } from "./types";
