// Public entry of the content core: pure functions only. Reading files lives in
// `@/lib/content/load-library` (node:fs), so this entry stays safe to import anywhere.
export { buildLibrary, createParseCache, type BuildOptions, type ParseCache } from "./build-library";
export { assignCardIds, cardId, type CardDraft } from "./card-ids";
export { cardDrafts, deriveCards, manifestEntries } from "./derive-cards";
export { ContentError } from "./errors";
export {
  DIFFICULTIES,
  EXPECTED,
  frontMatterSchema,
  NOTE_STATUSES,
  NOTE_TYPES,
  type FrontMatter,
} from "./frontmatter-schema";
export { normalisePath, resolveNotePath } from "./note-paths";
export { emptyManifest, findOrphans, MANIFEST_FILE, mergeManifests, parseManifest, serializeManifest } from "./manifest";
export { parseNote, parseNoteOrThrow } from "./parse-note";
export {
  hastToHtml,
  readSimPlaceholder,
  renderNoteHtml,
  SANITIZE_SCHEMA,
  SIM_ATTRIBUTES, toHast, type RenderOptions, type SimPlaceholder } from "./render";
export { sectionKey } from "./sections";
export { promptSimilarity, SIMILARITY_THRESHOLD } from "./similarity";
export { parseSimBlockBody } from "./sim-block";
export { markdownLiteral, slugKey } from "./text";
export { coverageWarnings, findPrerequisiteCycles, resolveLinks } from "./validate-library";
export * from "./types";
