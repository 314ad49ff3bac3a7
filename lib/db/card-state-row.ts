import { CARD_PHASES, type CardPhase, type CardState } from "@/lib/srs";
import { sqlDate, sqlDateOrNull, sqlNumber, type SqlRow } from "./sql";

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

/** A card's scheduling columns and its version, in the order the answer writes them. */
export const STATE_FIELDS = ["due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "version"] as const;

/** The columns a card's scheduling state is read from, with its card id and version (SQL). */
export const STATE_SQL_COLUMNS = ["cardId", ...STATE_FIELDS].map((f) => `"${f}"`).join(", ");

/** A state row read with STATE_SQL_COLUMNS through the driver adapter (see ./sql). */
export function stateRowFromSql(row: SqlRow): CardStateRow & { cardId: string; version: number } {
  return {
    cardId: String(row.cardId),
    version: sqlNumber(row.version),
    due: sqlDate(row.due),
    stability: sqlNumber(row.stability),
    difficulty: sqlNumber(row.difficulty),
    elapsedDays: sqlNumber(row.elapsedDays),
    scheduledDays: sqlNumber(row.scheduledDays),
    learningSteps: sqlNumber(row.learningSteps),
    reps: sqlNumber(row.reps),
    lapses: sqlNumber(row.lapses),
    state: String(row.state),
    lastReview: sqlDateOrNull(row.lastReview),
  };
}
