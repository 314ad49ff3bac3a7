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

export interface ReviewSessionProps {
  userId: string;
  params: SchedulerParams;
  items: ReviewItem[];
  later: ReviewItem[];
  /** End of the user's study day (epoch ms): learning steps past it wait for tomorrow. */
  dayEnd: number;
  doneToday: { total: number; timeMs: number };
  dueTomorrow: number;
}
