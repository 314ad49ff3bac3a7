/**
 * Text as search compares it: lower case, accents dropped (NFKD without combining marks),
 * punctuation such as `-`, `_`, `/` and quotes turned into single spaces.
 * "Brèwer’s  Theorem" and "brewer's-theorem" both fold to "brewer s theorem".
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a search query, folded; empty for a blank query. */
export function queryTerms(query: string): string[] {
  const folded = foldText(query);
  return folded === "" ? [] : folded.split(" ");
}
