import type { Grade } from "@/lib/srs";
import { namedKeyPoints } from "./key-points";
import type { InterviewAnswer, InterviewQuestion } from "./schemas";

/**
 * How a share of key points covered becomes an FSRS rating:
 * under 40 % → Again, under 70 % → Hard, under 100 % → Good, all of them → Easy.
 */
export const RATING_THRESHOLDS = { again: 0.4, hard: 0.7 } as const;

export const RATING_LABELS: Record<Grade, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

export function ratingForFraction(fraction: number): Grade {
  if (!(fraction >= RATING_THRESHOLDS.again)) return 1;
  if (fraction < RATING_THRESHOLDS.hard) return 2;
  if (fraction < 1) return 3;
  return 4;
}

export interface AnswerScore {
  covered: number;
  total: number;
  /** covered / total, 0–1. */
  fraction: number;
  rating: Grade;
  /** Key points the typed text names (empty for a spoken answer). */
  named: number[];
  /** A typed answer naming none of the key points had its full marks taken away. */
  capped: boolean;
}

/** The distinct, in-range ticks of an answer. */
export function validTicks(ticked: readonly number[], total: number): number[] {
  return [...new Set(ticked)].filter((i) => Number.isInteger(i) && i >= 0 && i < total).sort((a, b) => a - b);
}

/**
 * Score = key points ticked / key points. A typed answer that names none of the key points
 * cannot score full marks: ticking everything counts as all but one.
 */
export function scoreAnswer(
  question: Pick<InterviewQuestion, "keyPoints" | "terms">,
  answer: Pick<InterviewAnswer, "mode" | "text" | "ticked">,
): AnswerScore {
  const total = question.keyPoints.length;
  const ticked = validTicks(answer.ticked, total).length;
  const named = answer.mode === "typed" ? namedKeyPoints(question.keyPoints, question.terms, answer.text) : [];
  const capped = answer.mode === "typed" && named.length === 0 && total > 0 && ticked >= total;
  const covered = capped ? total - 1 : ticked;
  const fraction = total === 0 ? 0 : covered / total;
  return { covered, total, fraction, rating: ratingForFraction(fraction), named, capped };
}
