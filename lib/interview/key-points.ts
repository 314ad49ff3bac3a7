import { findTerms, tokenize, wordForms } from "./term-match";

/** Markdown → plain text lines: list markers, emphasis, code ticks and link targets removed; bold-only lines (sub-headings) dropped. */
export function plainLines(markdown: string): string[] {
  return markdown
    .split("\n")
    .filter((line) => !/^\s*(?:\*\*[^*]+\*\*|__[^_]+__)\s*:?\s*$/.test(line) && !/^\s*```/.test(line))
    .map((line) =>
      line
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, "")
        .replace(/^\s*#{1,6}\s+/, "")
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/(\*\*|__|`)/g, "")
        .trim(),
    )
    .filter((line) => line.length > 0);
}

const wordCount = (text: string) => tokenize(text).length;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Sentences of a plain-text line; a semicolon splits too when both sides are clauses of their own. */
function sentences(line: string): string[] {
  return line
    .split(/(?<=[.!?])\s+(?=["'(\p{Lu}\p{N}])/u)
    .flatMap((sentence) => {
      const parts = sentence.split(/;\s+/);
      return parts.length > 1 && parts.every((p) => wordCount(p) >= 4) ? parts : [sentence];
    })
    .map((s) => capitalise(s.trim()))
    .filter((s) => wordCount(s) >= 3);
}

/** At most ten key points, so each can be ticked by one digit key (1–9, 0 for the tenth). */
export const MAX_KEY_POINTS = 10;
const MAX_SENTENCE_POINTS = 6;

/** Key points of a model answer with no authored checklist: its sentences, at most six. */
export function keyPointsFromAnswer(markdown: string): string[] {
  const lines = plainLines(markdown);
  const points = lines.flatMap(sentences);
  if (points.length === 0) {
    const whole = lines.join(" ").trim();
    return whole ? [whole] : [];
  }
  return points.slice(0, MAX_SENTENCE_POINTS);
}

const STOP_WORDS = new Set([
  "about", "after", "also", "because", "before", "being", "between", "both", "could", "does", "each",
  "every", "from", "have", "into", "just", "like", "made", "make", "many", "more", "most", "much",
  "must", "never", "only", "other", "over", "same", "should", "since", "some", "such", "than", "that",
  "their", "them", "then", "there", "these", "they", "this", "those", "through", "under", "until",
  "very", "what", "when", "where", "which", "while", "will", "with", "would", "your",
]);

function contentWords(text: string): string[][] {
  const seen = new Set<string>();
  const result: string[][] = [];
  for (const { word } of tokenize(text)) {
    if (word.length < 4 || STOP_WORDS.has(word) || seen.has(word)) continue;
    seen.add(word);
    result.push(wordForms(word));
  }
  return result;
}

/** The key terms a key point is about: the note's terms inside it, or the point itself when short. */
export function keyPointTerms(point: string, terms: readonly string[]): string[] {
  const inside = [...new Set(findTerms(point, terms).map((m) => m.term))];
  return tokenize(point).length <= 4 ? [point, ...inside] : inside;
}

/**
 * Indices of the key points a typed answer names: it mentions one of the point's key terms, or
 * most of the point's content words (all of them for a point of one or two such words, else at
 * least half and at least two).
 */
export function namedKeyPoints(keyPoints: readonly string[], terms: readonly string[], text: string): number[] {
  if (text.trim() === "") return [];
  const answerForms = tokenize(text).map((t) => wordForms(t.word));
  const has = (forms: readonly string[]) => answerForms.some((a) => a.some((f) => forms.includes(f)));
  const named: number[] = [];
  keyPoints.forEach((point, index) => {
    const own = keyPointTerms(point, terms);
    if (own.length > 0 && findTerms(text, own).length > 0) {
      named.push(index);
      return;
    }
    const words = contentWords(point);
    const need = words.length <= 2 ? words.length : Math.max(2, Math.ceil(words.length / 2));
    if (words.length > 0 && words.filter(has).length >= need) named.push(index);
  });
  return named;
}
