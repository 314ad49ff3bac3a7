import "server-only";
import { db, type Db } from "@/lib/db";
import { toCardState } from "@/lib/db/card-state-row";
import { z } from "zod";
import { CARD_PHASES, fsrsWeightsSchema, gradeSchema, retrievabilityFor, type CardPhase, type Grade } from "@/lib/srs";

/** How many of a card's answers its note page lists (newest first). */
export const CARD_HISTORY_LIMIT = 30;

/** One answer to a card, as its note page lists it (Anki's "card info"). */
export interface CardReview {
  reviewedAt: Date;
  rating: Grade;
  /** The card's phase before this answer. */
  phase: CardPhase;
  durationMs: number;
  source: "review" | "interview" | "import";
}

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
  /** The card's latest answers, newest first, at most CARD_HISTORY_LIMIT of them. */
  history: CardReview[];
  /** How many answers the card has in all (the history may show fewer). */
  answers: number;
}

const reviewRowSchema = z.object({
  cardId: z.string(),
  reviewedAt: z.date(),
  rating: gradeSchema,
  state: z.enum(CARD_PHASES),
  durationMs: z.number().int(),
  source: z.enum(["review", "interview", "import"]),
});

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
  const [rows, settings, logs] = await Promise.all([
    client.cardState.findMany({ where: { userId, cardId: { in: [...cardIds] } } }),
    client.userSettings.findUnique({ where: { userId }, select: { fsrsWeights: true } }),
    // The note's answers, newest first ([userId, cardId, reviewedAt] index): a note has a
    // handful of cards, and each card's list stops at its limit below.
    client.reviewLog.findMany({
      where: { userId, cardId: { in: [...cardIds] } },
      orderBy: [{ reviewedAt: "desc" }, { version: "desc" }],
      select: { cardId: true, reviewedAt: true, rating: true, state: true, durationMs: true, source: true },
    }),
  ]);
  const history = new Map<string, { shown: CardReview[]; answers: number }>();
  for (const log of logs) {
    const parsed = reviewRowSchema.safeParse(log);
    if (!parsed.success) continue; // a row no answer path writes; not shown rather than failing the page
    const { cardId, state, ...review } = parsed.data;
    const entry = history.get(cardId) ?? { shown: [], answers: 0 };
    entry.answers += 1;
    if (entry.shown.length < CARD_HISTORY_LIMIT) entry.shown.push({ ...review, phase: state });
    history.set(cardId, entry);
  }
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
      history: history.get(row.cardId)?.shown ?? [],
      answers: history.get(row.cardId)?.answers ?? 0,
    });
  }
  return standings;
}
