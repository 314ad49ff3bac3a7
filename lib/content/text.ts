/** Strip a UTF-8 BOM and turn CRLF / lone CR into LF. Line numbers are unchanged. */
export function normaliseSource(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes("\r") ? noBom.replace(/\r\n?/g, "\n") : noBom;
}

/** Curly quotes and apostrophes → straight ones. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
}

/** Collapse runs of white space into single spaces and trim. */
export function collapseSpace(text: string): string {
  // Most text is already single-spaced: testing is cheaper than building a copy.
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/** White space other than a single inner space: a run, a tab or newline, or space at either end. */
const UNCOLLAPSED = /\s\s|[^\S ]|^\s|\s$/;

// eslint-disable-next-line no-control-regex -- the whole ASCII range
const NON_ASCII = /[^\u0000-\u007f]/;

/** ASCII-folded, lower-case words (letters and digits of any script kept). */
export function words(text: string): string[] {
  // Plain ASCII has no curly quotes or accents to fold, and its letters and digits are [a-z0-9].
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/'/g, "").split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  return straightenQuotes(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/'/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const STOP_WORDS = new Set([
  "a", "an", "the", "is", "are", "was", "were", "be", "to", "of", "in", "on", "at", "for",
  "and", "or", "it", "its", "do", "does", "you", "your", "i", "can", "with", "that", "this",
]);

const ASCII_WORD = /^[a-z0-9]+$/;

/** FNV-1a, base 36: a short deterministic fallback key for text without ASCII words. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** kebab-case key of at most `maxWords` significant words, e.g. "partitions-rare-enough-ignore". */
export function slugKey(text: string, maxWords = 6): string {
  const all = words(text).filter((w) => ASCII_WORD.test(w));
  const significant = all.filter((w) => !STOP_WORDS.has(w));
  const chosen = (significant.length > 0 ? significant : all).slice(0, maxWords);
  if (chosen.length === 0) return `h${shortHash(collapseSpace(text))}`;
  return chosen.join("-");
}

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Text as compared between versions of a prompt: lower-case words joined by single spaces. */
export function comparableText(text: string): string {
  // For plain ASCII, words(text).join(" ") without the intermediate list.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/'/g, "").replace(/[^a-z0-9]+/g, " ").trim();
  return words(text).join(" ");
}

/** Text as literal Markdown: its `*`, `_`, brackets and the like shown, not interpreted. */
export function markdownLiteral(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);
}
