import type { Grade } from "@/lib/srs";
import type { InterviewAnswer, InterviewQuestion, SaveAnswerInput } from "./schemas";
import { scoreAnswer, validTicks } from "./scoring";
import { detectTerms } from "./term-match";

/** A little slack over the clock for the request to leave the browser. */
const TIME_SLACK_MS = 2_000;

/**
 * The answer as stored: terms detected by the server (not taken from the client), ticks limited
 * to real key points, time used capped at the question's clock.
 */
export function acceptAnswer(question: InterviewQuestion, input: SaveAnswerInput["answer"], now: Date): InterviewAnswer {
  const text = input.text.trim() === "" ? "" : input.text;
  return {
    mode: input.mode,
    text,
    ticked: validTicks(input.ticked, question.keyPoints.length),
    timeUsedMs: Math.min(input.timeUsedMs, question.seconds * 1000 + TIME_SLACK_MS),
    detectedTerms: text ? detectTerms(text, question.terms) : [],
    recorded: input.recorded,
    graded: input.graded,
    answeredAt: now.getTime(),
  };
}

/** The idempotency key of the rating a round's answer gives its card: the same on every resubmission. */
export function interviewRatingKey(roundId: string, index: number): string {
  return `iv:${roundId}:${index}`;
}

export interface RoundRating {
  index: number;
  cardId: string;
  noteId: string;
  rating: Grade;
  timeUsedMs: number;
  answeredAt: number;
}

/** The FSRS ratings a finished round gives: one per graded answer to a library card, none for probes and phase prompts. */
export function roundRatings(questions: readonly InterviewQuestion[], answers: readonly (InterviewAnswer | null)[]): RoundRating[] {
  return questions.flatMap((question, index) => {
    const answer = answers[index];
    if (!question.cardId || !answer || !answer.graded) return [];
    return [
      {
        index,
        cardId: question.cardId,
        noteId: question.noteId,
        rating: scoreAnswer(question, answer).rating,
        timeUsedMs: answer.timeUsedMs,
        answeredAt: answer.answeredAt,
      },
    ];
  });
}
