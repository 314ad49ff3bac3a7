import { z } from "zod";
import { State, type Card } from "ts-fsrs";

/** Learning phase of a card, stored as text so any database can hold it. */
export const CARD_PHASES = ["new", "learning", "review", "relearning"] as const;
export type CardPhase = (typeof CARD_PHASES)[number];

/**
 * A user's scheduling state for one card: exactly the columns the database stores.
 * Dates are instants; day counts are whole days as ts-fsrs computes them.
 */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardPhase;
  lastReview: Date | null;
}

/** Validates a stored row (e.g. read back from the database or IndexedDB). */
export const cardStateSchema = z.object({
  due: z.coerce.date(),
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsedDays: z.number().int().min(0),
  scheduledDays: z.number().int().min(0),
  learningSteps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.enum(CARD_PHASES),
  lastReview: z.coerce.date().nullable(),
});

const PHASE_TO_FSRS: Record<CardPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

export function phaseFromFsrs(state: State): CardPhase {
  switch (state) {
    case State.New:
      return "new";
    case State.Learning:
      return "learning";
    case State.Review:
      return "review";
    case State.Relearning:
      return "relearning";
  }
}

export function phaseToFsrs(phase: CardPhase): State {
  return PHASE_TO_FSRS[phase];
}

/** The state of a card that has never been answered, due at `now`. */
export function newCardState(now: Date): CardState {
  return {
    due: new Date(now.getTime()),
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: "new",
    lastReview: null,
  };
}

export function toFsrsCard(state: CardState): Card {
  const card: Card = {
    due: new Date(state.due.getTime()),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: phaseToFsrs(state.state),
  };
  if (state.lastReview) card.last_review = new Date(state.lastReview.getTime());
  return card;
}

export function fromFsrsCard(card: Card): CardState {
  return {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: phaseFromFsrs(card.state),
    lastReview: card.last_review ? new Date(card.last_review.getTime()) : null,
  };
}

/** A deep copy, so callers can never alias a snapshot held in a log entry. */
export function cloneCardState(state: CardState): CardState {
  return {
    ...state,
    due: new Date(state.due.getTime()),
    lastReview: state.lastReview ? new Date(state.lastReview.getTime()) : null,
  };
}

export function cardStatesEqual(a: CardState | null, b: CardState | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.due.getTime() === b.due.getTime() &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.elapsedDays === b.elapsedDays &&
    a.scheduledDays === b.scheduledDays &&
    a.learningSteps === b.learningSteps &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.state === b.state &&
    (a.lastReview?.getTime() ?? null) === (b.lastReview?.getTime() ?? null)
  );
}
