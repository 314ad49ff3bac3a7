import "server-only";
import { db, type Db } from "@/lib/db";
import { toCardState } from "@/lib/db/card-state-row";
import { fsrsWeightsSchema, retrievabilityFor, type CardPhase } from "@/lib/srs";

/** Where a user stands on one card. */
export interface CardStanding {
  cardId: string;
  phase: CardPhase;
  due: Date;
  stability: number;
  reps: number;
  lapses: number;
  suspended: boolean;
  lastReview: Date | null;
  /** Probability of recall at the time asked, 0–1 (0 for a card never answered). */
  retrievability: number;
}

/** The user's optimized FSRS weights, or null for the defaults (also when the stored value is unusable). */
function storedWeights(json: string | null | undefined): number[] | null {
  if (!json) return null;
  try {
    const parsed = fsrsWeightsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The user's standing on each of `cardIds` that has been introduced to them, keyed by card id.
 * Cards the user has never seen are absent.
 */
export async function cardStandings(
  userId: string,
  cardIds: readonly string[],
  now: Date,
  client: Db = db(),
): Promise<Map<string, CardStanding>> {
  const standings = new Map<string, CardStanding>();
  if (cardIds.length === 0) return standings;
  const [rows, settings] = await Promise.all([
    client.cardState.findMany({ where: { userId, cardId: { in: [...cardIds] } } }),
    client.userSettings.findUnique({ where: { userId }, select: { fsrsWeights: true } }),
  ]);
  const recall = retrievabilityFor({ weights: storedWeights(settings?.fsrsWeights) });
  for (const row of rows) {
    const state = toCardState(row);
    standings.set(row.cardId, {
      cardId: row.cardId,
      phase: state.state,
      due: state.due,
      stability: state.stability,
      reps: state.reps,
      lapses: state.lapses,
      suspended: row.suspended,
      lastReview: state.lastReview,
      retrievability: recall(state, now),
    });
  }
  return standings;
}
