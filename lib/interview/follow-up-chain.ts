import type { Card, Note } from "@/lib/content";
import type { Rng } from "@/lib/sim/core/prng";
import { InterviewError } from "./errors";
import type { QuestionPool } from "./pool";
import { matchesTopics, pitfallProbe, questionFromCard } from "./questions";
import { FOLLOW_UPS, ROUND_DEFINITIONS } from "./round-kinds";
import type { InterviewQuestion } from "./schemas";
import { weightedDraw } from "./selection";

interface Candidate {
  card: Card;
  note: Note;
  lead: string;
}

/**
 * An opening question on one note, then 2–3 follow-ups from its own trap questions, its
 * prerequisites' and its related notes'. Runs short of trap questions are filled with an
 * interviewer probe from the note's pitfalls (not a card, so never rated).
 */
export function followUpChain(pool: QuestionPool, topics: readonly string[], rng: Rng): InterviewQuestion[] {
  const seconds = ROUND_DEFINITIONS["follow-up"].seconds;
  const openers = pool.source.notes.filter((n) => matchesTopics(n, topics) && pool.cardsOf(n.id, "concept").length > 0);
  const [opening] = weightedDraw(openers, (n) => pool.noteWeight(n.id), 1, rng);
  if (!opening) throw new InterviewError("No note matches these topics: choose other topics or none.");
  const openingCard = pool.cardsOf(opening.id, "concept")[0];
  if (!openingCard) throw new InterviewError(`${opening.title} has no opening question.`);
  const count = rng.int(FOLLOW_UPS.min, FOLLOW_UPS.max);

  const { prerequisites, related } = pool.neighbours(opening);
  const tiers: Candidate[][] = [
    pool.cardsOf(opening.id, "trap").map((card) => ({ card, note: opening, lead: `Digging deeper into ${opening.title}` })),
    prerequisites.flatMap((note) => pool.cardsOf(note.id, "trap").map((card) => ({ card, note, lead: `One level down: ${note.title}` }))),
    related.flatMap((note) => pool.cardsOf(note.id, "trap").map((card) => ({ card, note, lead: `Next door: ${note.title}` }))),
  ];
  const weight = (c: Candidate) => pool.weight(c.card);
  // The first follow-up stays on the opening note; later ones may move to its neighbours.
  const first = weightedDraw(tiers[0] ?? [], weight, 1, rng);
  const used = new Set(first.map((c) => c.card.id));
  const rest = weightedDraw(tiers.flat().filter((c) => !used.has(c.card.id)), weight, count - first.length, rng);
  const followUps: InterviewQuestion[] = [...first, ...rest].map((c) => questionFromCard(c.card, c.note, seconds, { lead: c.lead }));

  const probeNotes = [opening, ...prerequisites, ...related];
  for (const note of probeNotes) {
    if (followUps.length >= count) break;
    const probe = pitfallProbe(note, seconds, `The interviewer pushes back on ${note.title}`);
    if (probe && !followUps.some((q) => q.cardId === null && q.noteId === note.id)) followUps.push(probe);
  }
  return [questionFromCard(openingCard, opening, seconds, { lead: "Opening question" }), ...followUps];
}
