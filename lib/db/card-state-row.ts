import { CARD_PHASES, type CardPhase, type CardState } from "@/lib/srs";

/** The scheduling columns of a CardState row, as written. */
export type StoredCardState = CardState;

/** A row as read: the same columns, the phase as the plain string the database stores. */
type CardStateRow = Omit<CardState, "state"> & { state: string };

function phase(value: string): CardPhase {
  const found = CARD_PHASES.find((p) => p === value);
  if (!found) throw new Error(`Unknown card phase in the database: ${value}`);
  return found;
}

export function toCardState(row: CardStateRow): CardState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: phase(row.state),
    lastReview: row.lastReview,
  };
}
