import type { ReactNode } from "react";
import type { CardKind, SimRunSpec } from "@/lib/content";
import type { SchedulerParams } from "@/lib/srs";
import type { WireCardState } from "@/lib/study/review-requests";

/** One card of today's queue as the review loop shows it (content rendered on the server). */
export interface ReviewItem {
  cardId: string;
  noteId: string;
  noteTitle: string;
  cardKind: CardKind | "sim";
  queueKind: "learning" | "review" | "new";
  state: WireCardState | null;
  /** The card-state version this tab last saw (0 = never introduced). */
  version: number;
  /** Epoch ms when it is due; null for new cards. */
  due: number | null;
  prompt: ReactNode;
  answer: ReactNode;
  context?: ReactNode;
  keyPoints?: string[];
  /** "Predict, then run" cards: the run whose answer the learner checks before grading. */
  sim?: SimRunSpec;
}

/** Cards by the queue they come from. */
export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

/** What the session's "load the next cards" call returns. */
export type MoreReviewItems = { ok: true; items: ReviewItem[]; later: ReviewItem[]; more: QueueCounts } | { ok: false; message: string };

export type LearnMoreNewResult = { ok: true } | { ok: false; message: string };

export interface ReviewSessionProps {
  userId: string;
  params: SchedulerParams;
  items: ReviewItem[];
  later: ReviewItem[];
  /** Cards of today's queue not loaded yet (the session loads them as it goes). */
  more: QueueCounts;
  /** Loads the next cards, skipping the ones the session holds or answered (a server action). */
  loadMore: (known: string[]) => Promise<MoreReviewItems>;
  /** New cards the day's new-card limit holds back, and how many over it today already allows. */
  newHeldBack: number;
  extraNew: number;
  /** Allows `extra` new cards over the limit today (a total, not an increment). */
  learnMoreNew: (extra: number) => Promise<LearnMoreNewResult>;
  /** End of the user's study day (epoch ms): learning steps past it wait for tomorrow. */
  dayEnd: number;
  doneToday: { total: number; timeMs: number };
  /** Reviews due tomorrow when the page was served. */
  dueTomorrow: number;
  /** End of tomorrow's study day (epoch ms): answers scheduled before it add to dueTomorrow. */
  tomorrowEnd: number;
}
