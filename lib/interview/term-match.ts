// Finding a note's key terms in a typed answer: case-, accent- and plural-insensitive, on whole
// words, so "Replicas" finds "replica" and "quorums" finds "quorum" but "rep" finds nothing.

interface Token {
  /** Lower-case, accent-folded word. */
  word: string;
  start: number;
  end: number;
}

export interface TermMatch {
  /** The term as the note writes it. */
  term: string;
  /** Offsets into the searched text (end exclusive). */
  start: number;
  end: number;
}

function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

/** Words of `text` with their offsets; apostrophes inside words are dropped ("client's" → "clients"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
  for (const m of text.matchAll(pattern)) {
    tokens.push({ word: fold(m[0]).replace(/'/g, ""), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/**
 * The singular forms a word may stand for. Two words match when their forms meet, which covers
 * regular English plurals without a dictionary: replicas/replica, retries/retry, caches/cache,
 * processes/process. Short words are left alone ("as" is not a plural of "a").
 */
export function wordForms(word: string): string[] {
  const forms = [word];
  if (word.length <= 3) return forms;
  if (word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) forms.push(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) forms.push(word.slice(0, -1));
  return forms;
}

function sameWord(a: readonly string[], b: readonly string[]): boolean {
  return a.some((form) => b.includes(form));
}

interface PreparedTerm {
  term: string;
  forms: string[][];
}

function prepare(terms: readonly string[]): PreparedTerm[] {
  const seen = new Set<string>();
  const prepared: PreparedTerm[] = [];
  for (const term of terms) {
    const words = tokenize(term).map((t) => t.word);
    const key = words.join(" ");
    // One-letter terms would match everywhere; multi-letter symbols like "W+R>N" keep their letters.
    if (words.length === 0 || (words.length === 1 && key.length < 2) || seen.has(key)) continue;
    seen.add(key);
    prepared.push({ term, forms: words.map(wordForms) });
  }
  // Longest terms first, so "write quorum" wins over "quorum" for the same words.
  return prepared.sort((a, b) => b.forms.length - a.forms.length);
}

/** Every non-overlapping occurrence of the terms in `text`, in text order. */
export function findTerms(text: string, terms: readonly string[]): TermMatch[] {
  const tokens = tokenize(text);
  const forms = tokens.map((t) => wordForms(t.word));
  const taken = new Array<boolean>(tokens.length).fill(false);
  const matches: TermMatch[] = [];
  for (const { term, forms: wanted } of prepare(terms)) {
    for (let i = 0; i + wanted.length <= tokens.length; i++) {
      let ok = true;
      for (let j = 0; j < wanted.length && ok; j++) {
        const have = forms[i + j];
        const want = wanted[j];
        ok = !taken[i + j] && have !== undefined && want !== undefined && sameWord(have, want);
      }
      if (!ok) continue;
      const first = tokens[i];
      const last = tokens[i + wanted.length - 1];
      if (!first || !last) continue;
      for (let j = 0; j < wanted.length; j++) taken[i + j] = true;
      matches.push({ term, start: first.start, end: last.end });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** The distinct terms (as the note writes them) found in `text`. */
export function detectTerms(text: string, terms: readonly string[]): string[] {
  return [...new Set(findTerms(text, terms).map((m) => m.term))];
}

export interface TextSegment {
  text: string;
  /** Set when this segment is a key term. */
  term?: string;
}

/** `text` cut into plain and key-term segments, for highlighting. */
export function highlightTerms(text: string, terms: readonly string[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const m of findTerms(text, terms)) {
    if (m.start > at) segments.push({ text: text.slice(at, m.start) });
    segments.push({ text: text.slice(m.start, m.end), term: m.term });
    at = m.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
