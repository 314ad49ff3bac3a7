import "server-only";
import { getLibrary } from "@/lib/data/library";
import { getStudyProfile } from "@/lib/data/study";
import { answerCard, buryCard, setSuspended, undoAnswer, type AnswerResult, type CardFlagResult, type UndoResult } from "@/lib/db/reviews";
import { dayWindow, studyDay } from "@/lib/srs";
import type { AnswerRequest, CardActionRequest } from "./review-requests";

const MAX_REPLAY_AGE_MS = 30 * 86_400_000;

export type AnswerOutcome = AnswerResult | { status: "unknown-card" };

/** Applies a learner's answer (from the review loop or a replay of answers kept offline). */
export async function answerForUser(userId: string, request: AnswerRequest, now: Date): Promise<AnswerOutcome> {
  const library = await getLibrary();
  const card = library.cardById.get(request.cardId);
  if (!card) return { status: "unknown-card" };
  const profile = await getStudyProfile(userId);
  // Trust the client's clock only within reason: never the future, never more than 30 days back.
  const answeredAt = new Date(Math.min(now.getTime(), Math.max(request.answeredAt, now.getTime() - MAX_REPLAY_AGE_MS)));
  return answerCard({
    userId,
    cardId: card.id,
    noteId: card.noteId,
    rating: request.rating,
    idempotencyKey: request.idempotencyKey,
    answeredAt,
    durationMs: request.durationMs,
    expectedVersion: request.expectedVersion,
    params: profile.params,
  });
}

export function undoForUser(userId: string, idempotencyKey: string): Promise<UndoResult> {
  return undoAnswer(userId, idempotencyKey);
}

/** Suspends, unsuspends, buries or unburies a card; answers with its state and version after. */
export async function cardActionForUser(userId: string, request: CardActionRequest, now: Date): Promise<CardFlagResult | "unknown-card"> {
  const library = await getLibrary();
  const card = library.cardById.get(request.cardId);
  if (!card) return "unknown-card";
  const target = { userId, cardId: card.id, noteId: card.noteId, now };
  switch (request.action) {
    case "bury": {
      const { settings } = await getStudyProfile(userId);
      const today = studyDay(now, settings.timeZone, settings.dayStartHour);
      return buryCard({ ...target, until: dayWindow(today, settings.timeZone, settings.dayStartHour).end });
    }
    case "unbury":
      return buryCard({ ...target, until: null });
    default:
      return setSuspended({ ...target, suspended: request.action === "suspend" });
  }
}
