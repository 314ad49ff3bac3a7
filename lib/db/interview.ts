import "server-only";
import {
  acceptAnswer,
  interviewRatingKey,
  roundRatings,
  summarizeRound,
  type RoundPlan,
  type SaveAnswerInput,
} from "@/lib/interview";
import type { SchedulerParams } from "@/lib/srs";
import { getRound, type InterviewRoundRecord } from "@/lib/data/interview";
import { db, type Db } from "./index";
import { answerCard, type AnswerResult } from "./reviews";

/** Starts a round from a drawn plan. */
export async function createRound(input: { userId: string; plan: RoundPlan; now: Date }, client: Db = db()): Promise<{ id: string }> {
  const { plan } = input;
  return client.interviewRound.create({
    data: {
      userId: input.userId,
      kind: plan.kind,
      seed: plan.seed,
      weighted: plan.weighted,
      topics: JSON.stringify(plan.topics),
      status: "active",
      questions: JSON.stringify(plan.questions),
      answers: JSON.stringify(plan.questions.map(() => null)),
      currentIndex: 0,
      startedAt: input.now,
    },
    select: { id: true },
  });
}

export type SaveAnswerResult =
  | { status: "saved"; round: InterviewRoundRecord }
  | { status: "not-found" }
  | { status: "closed"; round: InterviewRoundRecord }
  | { status: "out-of-order"; round: InterviewRoundRecord };

const MAX_ATTEMPTS = 5;

/**
 * Saves the answer to the current question and, with `advance`, moves on. Resending a "next"
 * the server already took is a no-op; an answer to a question not yet reached, or a change to
 * one already graded, is refused. Compare-and-set on the round's version keeps two tabs from
 * overwriting each other's answers.
 */
export async function saveRoundAnswer(
  input: { userId: string } & SaveAnswerInput & { now: Date },
  client: Db = db(),
): Promise<SaveAnswerResult> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const round = await getRound(input.userId, input.roundId, client);
    if (!round) return { status: "not-found" };
    if (round.status !== "active") return { status: "closed", round };
    const question = round.questions[input.index];
    if (!question || input.index > round.currentIndex) return { status: "out-of-order", round };
    if (input.index < round.currentIndex) {
      return input.advance ? { status: "saved", round } : { status: "out-of-order", round };
    }
    const answer = acceptAnswer(question, { ...input.answer, graded: input.advance || input.answer.graded }, input.now);
    const answers = round.answers.map((a, i) => (i === input.index ? answer : a));
    const currentIndex = input.advance ? Math.min(round.questions.length, input.index + 1) : round.currentIndex;
    const updated = await client.interviewRound.updateMany({
      where: { id: round.id, userId: input.userId, status: "active", version: round.version },
      data: { answers: JSON.stringify(answers), currentIndex, version: round.version + 1 },
    });
    if (updated.count === 1) return { status: "saved", round: { ...round, answers, currentIndex, version: round.version + 1 } };
  }
  throw new Error(`Interview round ${input.roundId} kept changing while saving an answer.`);
}

export interface RatingOutcome {
  index: number;
  cardId: string;
  status: AnswerResult["status"];
}

export type CompleteRoundResult =
  | { status: "completed"; round: InterviewRoundRecord; ratings: RatingOutcome[] }
  | { status: "not-found" }
  | { status: "abandoned" }
  | { status: "unfinished"; round: InterviewRoundRecord };

/** Rates one card through the review path; a conflict (another write to the card in between) is retried. */
async function rateOnce(input: Parameters<typeof answerCard>[0], client: Db): Promise<AnswerResult> {
  let result = await answerCard(input, client);
  for (let attempt = 1; result.status === "conflict" && attempt < MAX_ATTEMPTS; attempt++) result = await answerCard(input, client);
  return result;
}

/**
 * Completes a round and feeds the schedule exactly once: each graded answer to a library card
 * becomes one FSRS rating under the key `iv:<round>:<index>`, so completing again (a refresh, a
 * double submit, two requests racing) finds the ratings already made and adds none. The status
 * flips first, so an abandon can no longer slip in; a completion cut short is finished by the
 * next call. Cards no longer in the library (`libraryCardIds`) are skipped.
 */
export async function completeRound(
  input: { userId: string; roundId: string; now: Date; params: SchedulerParams; libraryCardIds?: ReadonlySet<string> },
  client: Db = db(),
): Promise<CompleteRoundResult> {
  let round = await getRound(input.userId, input.roundId, client);
  if (!round) return { status: "not-found" };
  if (round.status === "abandoned") return { status: "abandoned" };
  if (round.status === "active") {
    if (round.currentIndex < round.questions.length) return { status: "unfinished", round };
    const { score } = summarizeRound(round.questions, round.answers);
    await client.interviewRound.updateMany({
      where: { id: round.id, userId: input.userId, status: "active" },
      data: { status: "completed", completedAt: input.now, score, version: { increment: 1 } },
    });
    round = await getRound(input.userId, input.roundId, client);
    if (!round) return { status: "not-found" };
    if (round.status !== "completed") return { status: "abandoned" };
  }
  const ratings: RatingOutcome[] = [];
  for (const r of roundRatings(round.questions, round.answers)) {
    if (input.libraryCardIds && !input.libraryCardIds.has(r.cardId)) continue;
    const result = await rateOnce(
      {
        userId: input.userId,
        cardId: r.cardId,
        noteId: r.noteId,
        rating: r.rating,
        idempotencyKey: interviewRatingKey(round.id, r.index),
        answeredAt: new Date(Math.min(r.answeredAt, input.now.getTime())),
        durationMs: r.timeUsedMs,
        expectedVersion: null,
        params: input.params,
        source: "interview",
      },
      client,
    );
    ratings.push({ index: r.index, cardId: r.cardId, status: result.status });
  }
  return { status: "completed", round, ratings };
}

export type AbandonRoundResult = { status: "abandoned" } | { status: "not-found" } | { status: "completed" };

/** Ends a round without rating anything. Abandoning twice is harmless; a completed round stays completed. */
export async function abandonRound(input: { userId: string; roundId: string; now: Date }, client: Db = db()): Promise<AbandonRoundResult> {
  await client.interviewRound.updateMany({
    where: { id: input.roundId, userId: input.userId, status: "active" },
    data: { status: "abandoned", completedAt: input.now, version: { increment: 1 } },
  });
  const row = await client.interviewRound.findUnique({ where: { userId_id: { userId: input.userId, id: input.roundId } }, select: { status: true } });
  if (!row) return { status: "not-found" };
  return row.status === "completed" ? { status: "completed" } : { status: "abandoned" };
}
