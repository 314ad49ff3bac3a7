import type { ReactNode } from "react";
import type { PhaseId, QuestionKind } from "@/lib/interview";

/** A question as the player shows it: Markdown already rendered on the server. */
export interface PlayerQuestion {
  index: number;
  /** The library card it rates; null for probes and phase prompts. */
  cardId: string | null;
  kind: QuestionKind;
  lead?: string | undefined;
  noteId: string;
  noteTitle: string;
  topic: string;
  seconds: number;
  phase?: PhaseId | undefined;
  keyPoints: string[];
  terms: string[];
  /** Grading it rates a card of the library (cardId is set). */
  rated: boolean;
  prompt: ReactNode;
  answer: ReactNode;
  tips: ReactNode[];
}
