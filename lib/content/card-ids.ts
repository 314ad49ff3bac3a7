import { SIMILARITY_THRESHOLD, trigramSimilarity, trigramsOf } from "./similarity";
import { comparableText, KEBAB_CASE, slugKey } from "./text";
import type { Card, CardKind, CardManifest, ContentProblem, OrphanedCard } from "./types";

/** A card before it has an id. */
export interface CardDraft extends Omit<Card, "id"> {
  /** Plain text compared with the manifest to recognise a reworded prompt. */
  matchText: string;
  /** Key of a one-per-note card (`main`). */
  fixedKey?: string;
  /** Key pinned by the author with `<!-- card: key -->`. */
  pin?: string;
}

export function cardId(noteId: string, kind: CardKind, key: string): string {
  return `${noteId}:${kind}:${key}`;
}

interface PreviousCard {
  key: string;
  prompt: string;
}

/**
 * Give each draft a stable id. Order of precedence: a fixed key, an author's pin, the manifest
 * entry with the same prompt, the most similar manifest entry (≥ threshold, one-to-one, best
 * pairs first), and only then a fresh slug of the prompt that no previous card of the note used.
 */
export function assignCardIds(
  file: string,
  drafts: readonly CardDraft[],
  previous: readonly OrphanedCard[],
): { cards: Card[]; errors: ContentProblem[]; manifest: CardManifest } {
  const keys = new Map<CardDraft, string>();
  const errors: ContentProblem[] = [];
  // Kinds in order of first appearance, each with its drafts in document order.
  const groups = new Map<CardKind, CardDraft[]>();
  for (const draft of drafts) {
    const group = groups.get(draft.kind);
    if (group) group.push(draft);
    else groups.set(draft.kind, [draft]);
  }
  for (const [kind, group] of groups) {
    const noteId = group[0]?.noteId ?? "";
    const prefix = cardId(noteId, kind, "");
    const prior: PreviousCard[] = [];
    for (const p of previous) {
      if (p.noteId === noteId && p.kind === kind && p.id.startsWith(prefix)) prior.push({ key: p.id.slice(prefix.length), prompt: p.prompt });
    }
    assignGroup(file, group, prior, keys, errors);
  }
  const manifest: CardManifest = { version: 1, cards: {} };
  const cards = drafts.map((draft): Card => {
    const id = cardId(draft.noteId, draft.kind, keys.get(draft) ?? "missing");
    manifest.cards[id] = { noteId: draft.noteId, kind: draft.kind, prompt: draft.matchText };
    // Field by field, not by rest/spread: every card gets the same shape (see newDraft).
    const card: Card = { id, noteId: draft.noteId, kind: draft.kind, prompt: draft.prompt, answer: draft.answer, line: draft.line };
    if (draft.keyPoints !== undefined) card.keyPoints = draft.keyPoints;
    if (draft.context !== undefined) card.context = draft.context;
    if (draft.sim !== undefined) card.sim = draft.sim;
    return card;
  });
  return { cards, errors, manifest };
}

function assignGroup(
  file: string,
  group: readonly CardDraft[],
  prior: readonly PreviousCard[],
  keys: Map<CardDraft, string>,
  errors: ContentProblem[],
): void {
  const taken = new Map<string, CardDraft>();
  const claim = (draft: CardDraft, key: string) => {
    keys.set(draft, key);
    taken.set(key, draft);
  };
  for (const draft of group) {
    if (draft.fixedKey !== undefined && !taken.has(draft.fixedKey)) claim(draft, draft.fixedKey);
  }
  for (const draft of group) {
    if (draft.pin === undefined || keys.has(draft)) continue;
    const other = taken.get(draft.pin);
    if (!KEBAB_CASE.test(draft.pin)) {
      errors.push({ file, line: draft.line, field: "card", message: `card pin "${draft.pin}" must be kebab-case, e.g. <!-- card: split-brain -->` });
    } else if (other) {
      errors.push({
        file,
        line: draft.line,
        field: "card",
        message: `duplicate card id "${cardId(draft.noteId, draft.kind, draft.pin)}" (also pinned on line ${other.line})`,
      });
    } else claim(draft, draft.pin);
  }
  // Most groups end here: one-per-note cards have fixed keys. The rest compare texts, each
  // normalised once.
  let open = group.filter((d) => !keys.has(d));
  if (open.length === 0) return;
  if (prior.length > 0) {
    const priorTexts = prior.map((p) => comparableText(p.prompt));
    const priorByText = new Map<string, PreviousCard[]>();
    prior.forEach((p, i) => {
      const text = priorTexts[i] ?? "";
      const same = priorByText.get(text);
      if (same) same.push(p);
      else priorByText.set(text, [p]);
    });
    const openTexts = open.map((d) => comparableText(d.matchText));
    open.forEach((draft, i) => {
      // The first previous card, in manifest order, with the same text and still free.
      const same = priorByText.get(openTexts[i] ?? "")?.find((p) => !taken.has(p.key));
      if (same) claim(draft, same.key);
    });
    const unmatched = open.flatMap((draft, i) => (keys.has(draft) ? [] : [{ draft, grams: trigramsOf(openTexts[i] ?? "") }]));
    const pairs: { draft: CardDraft; key: string; score: number; order: number }[] = [];
    if (unmatched.length > 0) {
      for (const [i, p] of prior.entries()) {
        if (taken.has(p.key)) continue;
        const grams = trigramsOf(priorTexts[i] ?? "");
        unmatched.forEach(({ draft, grams: draftGrams }, order) => {
          const score = trigramSimilarity(draftGrams, grams);
          if (score >= SIMILARITY_THRESHOLD) pairs.push({ draft, key: p.key, score, order });
        });
      }
    }
    pairs.sort((a, b) => b.score - a.score || a.order - b.order || (a.key < b.key ? -1 : 1));
    for (const pair of pairs) {
      if (!keys.has(pair.draft) && !taken.has(pair.key)) claim(pair.draft, pair.key);
    }
    open = open.filter((d) => !keys.has(d));
  }
  // Fresh keys never reuse a previous card's key: that would hand its history to a different question.
  const used = new Set(prior.map((p) => p.key));
  for (const draft of open) {
    const base = slugKey(draft.matchText);
    let key = base;
    for (let n = 2; taken.has(key) || used.has(key); n++) key = `${base}-${n}`;
    claim(draft, key);
  }
}
