import { createRng } from "@/lib/sim/core/prng";
import { InterviewError } from "./errors";
import { followUpChain } from "./follow-up-chain";
import { fullRound } from "./full-round";
import { QuestionPool, type RoundSource } from "./pool";
import { questionFromCard } from "./questions";
import { DRILL_QUESTIONS, LIGHTNING_QUESTIONS, ROUND_DEFINITIONS, type RoundKind } from "./round-kinds";
import { MAX_SEED, type InterviewQuestion } from "./schemas";
import { weightedDraw, type LearnerStats } from "./selection";

export interface BuildRoundInput {
  kind: RoundKind;
  seed: number;
  /** Tags or areas; empty = the whole library. */
  topics: readonly string[];
  source: RoundSource;
  /** The learner's history; null draws uniformly, so a seed gives everyone the same round. */
  learner: LearnerStats | null;
}

export interface RoundPlan {
  kind: RoundKind;
  seed: number;
  topics: string[];
  weighted: boolean;
  questions: InterviewQuestion[];
}

/** At most two lightning questions from one note, so a round covers ground. */
const LIGHTNING_PER_NOTE = 2;

/**
 * Draws a round. Pure: the same input (seed, topics, library, learner history) always gives the
 * same questions, and no card appears twice in a round.
 */
export function buildRound(input: BuildRoundInput): RoundPlan {
  if (!Number.isInteger(input.seed) || input.seed < 0 || input.seed > MAX_SEED) {
    throw new InterviewError(`The seed must be a whole number from 0 to ${MAX_SEED}.`);
  }
  const rng = createRng(input.seed);
  const pool = new QuestionPool(input.source, input.learner);
  const topics = [...new Set(input.topics)];
  const seconds = ROUND_DEFINITIONS[input.kind].seconds;
  let questions: InterviewQuestion[];
  switch (input.kind) {
    case "lightning": {
      const cards = weightedDraw(pool.cardsOfKind("trap", topics), (c) => pool.weight(c), LIGHTNING_QUESTIONS, rng, {
        maxPerGroup: LIGHTNING_PER_NOTE,
        group: (c) => c.noteId,
      });
      questions = cards.map((c) => questionFromCard(c, pool.note(c), seconds));
      break;
    }
    case "drills": {
      const cards = weightedDraw(pool.cardsOfKind("drill", topics), (c) => pool.weight(c), DRILL_QUESTIONS, rng);
      questions = cards.map((c) => questionFromCard(c, pool.note(c), seconds));
      break;
    }
    case "follow-up":
      questions = followUpChain(pool, topics, rng);
      break;
    case "full":
      questions = fullRound(pool, topics, rng);
      break;
  }
  if (questions.length === 0) throw new InterviewError("No questions match these topics: choose other topics or none.");
  return { kind: input.kind, seed: input.seed, topics, weighted: input.learner !== null, questions };
}
