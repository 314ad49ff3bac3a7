// The question being answered, kept in this browser (localStorage, per round) so that a reload
// resumes it as it was: the same clock, the text typed so far. Only answers are sent to the
// server, and only when a question ends; this is what a reload would otherwise lose.
import { z } from "zod";
import { ANSWER_MODES, MAX_ANSWER_CHARS } from "@/lib/interview";

const draftSchema = z.object({
  index: z.number().int().min(0),
  /** Epoch ms when the question's clock started. */
  startedAt: z.number().finite(),
  mode: z.enum(ANSWER_MODES),
  text: z.string().max(MAX_ANSWER_CHARS),
});

export type QuestionDraft = z.infer<typeof draftSchema>;

// Stored in learners' browsers: never rename.
const keyOf = (roundId: string) => `quorum-interview:${roundId}:draft`;

/** The draft of a round's question in progress, or null (none, unreadable, or storage blocked). */
export function readDraft(roundId: string): QuestionDraft | null {
  try {
    const raw = window.localStorage.getItem(keyOf(roundId));
    if (raw === null) return null;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(roundId: string, draft: QuestionDraft): void {
  try {
    window.localStorage.setItem(keyOf(roundId), JSON.stringify(draft));
  } catch {
    /* storage full or blocked: a reload then starts the question again, as before */
  }
}

export function clearDraft(roundId: string): void {
  try {
    window.localStorage.removeItem(keyOf(roundId));
  } catch {
    /* nothing stored */
  }
}
