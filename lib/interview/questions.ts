import type { Card, Note } from "@/lib/content";
import { markdownLiteral } from "@/lib/content/text";
import { keyPointsFromAnswer, MAX_KEY_POINTS } from "./key-points";
import type { InterviewQuestion } from "./schemas";

/** The topic a note is practised and reported under: its first tag after the area, else the area. */
export function topicOf(note: Note): string {
  return note.frontMatter.tags.find((t) => t !== note.area) ?? (note.area || "general");
}

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = i.trim().toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Whether a note falls under a topic filter (its area or any tag); an empty filter takes everything. */
export function matchesTopics(note: Note, topics: readonly string[]): boolean {
  if (topics.length === 0) return true;
  return topics.some((t) => t === note.area || note.frontMatter.tags.includes(t));
}

/** The words a typed answer is searched for: the note's key terms and aliases. */
export function noteTerms(note: Note): string[] {
  return unique([...(note.definition?.keyTerms ?? []), ...note.frontMatter.aliases]);
}

const MAX_TIPS = 5;

/** Interviewer tips: the note's pitfalls, then its anti-patterns, as Markdown. */
export function noteTips(note: Note): string[] {
  const pitfalls = note.pitfalls.map((p) => p.markdown);
  const anti = note.antiPatterns.map((a) => (a.explanation ? `**${a.name}** ${firstLine(a.explanation)}` : `**${a.name}**`));
  return [...pitfalls, ...anti].slice(0, MAX_TIPS);
}

/** The first line of an anti-pattern's explanation, without its list marker and "Why it's bad:" label. */
function firstLine(markdown: string): string {
  const line = markdown.split("\n").find((l) => l.trim() !== "") ?? "";
  return line.replace(/^\s*[-*]\s+/, "").replace(/^\*\*Why it[’']s bad:\*\*\s*/i, "— ").trim();
}

/** A card's checklist: the authored key points of a drill, key terms + TL;DR for a concept, else the answer's sentences. */
export function cardKeyPoints(card: Card, note: Note): string[] {
  if (card.keyPoints && card.keyPoints.length > 0) return unique(card.keyPoints).slice(0, MAX_KEY_POINTS);
  if (card.kind === "concept") {
    const points = unique([...(note.definition?.keyTerms ?? []), ...note.tldr.map((t) => t.text)]);
    if (points.length > 0) return points.slice(0, MAX_KEY_POINTS);
  }
  const points = keyPointsFromAnswer(card.answer);
  return points.length > 0 ? points : [note.title];
}

/** A question that rates `card` when graded. */
export function questionFromCard(card: Card, note: Note, seconds: number, extra: Partial<Pick<InterviewQuestion, "lead" | "phase">> = {}): InterviewQuestion {
  return {
    cardId: card.id,
    noteId: note.id,
    noteTitle: note.title,
    topic: topicOf(note),
    kind: card.kind,
    prompt: card.prompt,
    answer: card.answer,
    keyPoints: cardKeyPoints(card, note),
    terms: noteTerms(note),
    tips: noteTips(note),
    seconds,
    ...(extra.lead !== undefined ? { lead: extra.lead } : {}),
    ...(extra.phase !== undefined ? { phase: extra.phase } : {}),
  };
}

/**
 * An interviewer's probe built from a note's pitfalls ("where does it go wrong?"). It is not a
 * card of the library, so it is never rated; null when the note lists no pitfalls.
 */
export function pitfallProbe(note: Note, seconds: number, lead?: string): InterviewQuestion | null {
  const pitfalls = note.pitfalls.slice(0, 5);
  if (pitfalls.length === 0) return null;
  return {
    cardId: null,
    noteId: note.id,
    noteTitle: note.title,
    topic: topicOf(note),
    kind: "probe",
    ...(lead !== undefined ? { lead } : {}),
    prompt: `**${markdownLiteral(note.title)}**\n\nWhere does it go wrong in practice? Name the mistakes you would watch for.`,
    answer: pitfalls.map((p) => `- ${p.markdown.replace(/\n/g, "\n  ")}`).join("\n"),
    keyPoints: pitfalls.map((p) => p.text),
    terms: noteTerms(note),
    tips: note.antiPatterns.slice(0, 3).map((a) => `**${a.name}** ${firstLine(a.explanation)}`),
    seconds,
  };
}
