import { assignCardIds, type CardDraft } from "./card-ids";
import { markdownLiteral } from "./text";
import type { Card, CardKind, CardManifest, ContentProblem, ListEntry, Note, OrphanedCard } from "./types";

/** `- item` lines; continuation lines of multi-line items indented under their bullet. */
function bullets(entries: readonly ListEntry[]): string {
  return entries.map((e) => `- ${e.markdown.replace(/\n/g, "\n  ")}`).join("\n");
}

function conceptAnswer(note: Note): string {
  const parts: string[] = [];
  if (note.tldr.length > 0) parts.push(bullets(note.tldr));
  if (note.definition?.whatItIs) parts.push(`**What it is:** ${note.definition.whatItIs}`);
  if (note.definition && note.definition.keyTerms.length > 0) {
    parts.push(`**Key terms:** ${note.definition.keyTerms.join(", ")}`);
  }
  return parts.join("\n\n");
}

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = item.toLowerCase();
    if (item === "" || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

interface DraftFields {
  prompt: string;
  answer: string;
  line: number;
  matchText: string;
  context?: string | undefined;
  keyPoints?: string[];
  pin?: string | undefined;
  fixedKey?: string;
}

/**
 * One draft, its optional fields set only when present. Built property by property in one fixed
 * order rather than by spreading: V8 gives every draft the same shape that way, and spreading
 * conditional objects made card derivation several times slower.
 */
function newDraft(noteId: string, kind: CardKind, fields: DraftFields): CardDraft {
  const draft: CardDraft = { noteId, kind, prompt: fields.prompt, answer: fields.answer, line: fields.line, matchText: fields.matchText };
  if (fields.context !== undefined) draft.context = fields.context;
  if (fields.keyPoints !== undefined) draft.keyPoints = fields.keyPoints;
  if (fields.pin !== undefined) draft.pin = fields.pin;
  if (fields.fixedKey !== undefined) draft.fixedKey = fields.fixedKey;
  return draft;
}

/**
 * The question of a one-per-note card, under the note's title: any title reads well as a card's
 * front ("What is Latency Numbers Every Engineer Should Know?" did not). Ids of these cards are
 * fixed keys, so rewording them orphans nothing.
 */
const CONCEPT_QUESTION: Record<Note["frontMatter"]["type"], string> = {
  concept: "What is it, in your own words, and what are its key terms?",
  reference: "What are the points worth knowing by heart?",
  walkthrough: "What does it walk through, and what are the ideas to take away?",
};
const titled = (title: string, question: string) => `**${markdownLiteral(title)}**\n\n${question}`;
const titledText = (title: string, question: string) => `${title}: ${question}`;

/** Every card a note supports, in document order, without ids. */
export function cardDrafts(note: Note): CardDraft[] {
  const drafts: CardDraft[] = [];
  const id = note.id;
  const concept = conceptAnswer(note);
  if (concept) {
    const question = CONCEPT_QUESTION[note.frontMatter.type];
    const line = note.definition?.line ?? note.tldr[0]?.line ?? 1;
    drafts.push(newDraft(id, "concept", { prompt: titled(note.title, question), answer: concept, line, matchText: titledText(note.title, question), fixedKey: "main" }));
  }
  const pitfalls = note.pitfalls.length > 0 ? bullets(note.pitfalls) : undefined;
  for (const q of note.trapQuestions) {
    drafts.push(newDraft(id, "trap", { prompt: q.question, answer: q.answer, context: pitfalls, line: q.line, matchText: q.questionText, pin: q.pin }));
  }
  if (note.explain) {
    const question = "Explain it in 30 seconds, as if teaching it to a colleague.";
    const keyPoints = unique([...(note.definition?.keyTerms ?? []), ...note.tldr.map((t) => t.text)]);
    drafts.push(
      newDraft(id, "drill", { prompt: titled(note.title, question), answer: note.explain.markdown, keyPoints, line: note.explain.line, matchText: titledText(note.title, question), fixedKey: "main" }),
    );
  }
  for (const item of note.selfCheck) {
    drafts.push(newDraft(id, "self-check", { prompt: item.markdown, answer: concept, line: item.line, matchText: item.text, pin: item.pin }));
  }
  for (const anti of note.antiPatterns) {
    if (!anti.explanation) continue;
    const prompt = `**Anti-pattern:** ${anti.name}\n\nWhy does it hurt, and what would you do instead?`;
    drafts.push(newDraft(id, "anti-pattern", { prompt, answer: anti.explanation, line: anti.line, matchText: anti.name, pin: anti.pin }));
  }
  const rules = note.decisionRules;
  if (rules) {
    const question = "When would you reach for it, and when would you avoid it?";
    const prompt = titled(note.title, question);
    const parts: string[] = [];
    if (rules.useWhen.length > 0) parts.push(`**Use it when**\n\n${bullets(rules.useWhen)}`);
    if (rules.avoidWhen.length > 0) parts.push(`**Avoid it when**\n\n${bullets(rules.avoidWhen)}`);
    drafts.push(newDraft(id, "decision", { prompt, answer: parts.join("\n\n"), line: rules.line, matchText: titledText(note.title, question), fixedKey: "main" }));
  }
  return drafts;
}

/** Previous manifest entries as a list (id included). */
export function manifestEntries(manifest: CardManifest | null | undefined): OrphanedCard[] {
  if (!manifest) return [];
  return Object.entries(manifest.cards).map(([id, entry]) => ({ id, ...entry }));
}

/**
 * Cards of one note with stable ids. Pass the committed manifest so reworded prompts keep
 * their ids; without it ids are slugs of the current prompts.
 */
export function deriveCards(
  note: Note,
  manifest?: CardManifest | null,
): { cards: Card[]; errors: ContentProblem[]; manifest: CardManifest } {
  const previous = manifestEntries(manifest).filter((e) => e.noteId === note.id);
  return assignCardIds(note.file, cardDrafts(note), previous);
}
