import { comparableText } from "./text";

/** Character trigrams of a text already normalised by comparableText, with their counts. */
export function trigramsOf(comparable: string): Map<string, number> {
  const padded = `  ${comparable} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of two trigram profiles (see promptSimilarity). */
export function trigramSimilarity(ga: ReadonlyMap<string, number>, gb: ReadonlyMap<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const count of ga.values()) sizeA += count;
  for (const [gram, count] of gb) {
    sizeB += count;
    shared += Math.min(count, ga.get(gram) ?? 0);
  }
  return sizeA + sizeB === 0 ? 1 : (2 * shared) / (sizeA + sizeB);
}

/**
 * Dice coefficient over character trigrams of the normalised texts (case, punctuation and
 * accents ignored): 1 for the same words, about 0.8 after a one-letter typo in a short question.
 */
export function promptSimilarity(a: string, b: string): number {
  return trigramSimilarity(trigramsOf(comparableText(a)), trigramsOf(comparableText(b)));
}

/** Below this, a reworded prompt counts as a new card. */
export const SIMILARITY_THRESHOLD = 0.6;
