"use server";

import { currentUser } from "@/lib/auth/session";
import { saveRoundAnswer } from "@/lib/db/interview";
import { saveAnswerInputSchema, type InterviewAnswer } from "@/lib/interview";

export type SaveAnswerActionResult =
  | { ok: true; answer: InterviewAnswer; currentIndex: number }
  | { ok: false; message: string; currentIndex?: number };

/** Saves one answer of the signed-in learner's round (after time is up, and again with the ticks on "next"). */
export async function saveInterviewAnswer(input: unknown): Promise<SaveAnswerActionResult> {
  const user = await currentUser();
  if (!user) return { ok: false, message: "Your session has ended: sign in again to keep going." };
  const parsed = saveAnswerInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That answer could not be read." };
  const result = await saveRoundAnswer({ userId: user.id, ...parsed.data, now: new Date() });
  switch (result.status) {
    case "saved": {
      const answer = result.round.answers[parsed.data.index];
      if (!answer) return { ok: false, message: "The answer was not kept.", currentIndex: result.round.currentIndex };
      return { ok: true, answer, currentIndex: result.round.currentIndex };
    }
    case "not-found":
      return { ok: false, message: "This round does not exist." };
    case "closed":
      return { ok: false, message: `This round is already ${result.round.status}.`, currentIndex: result.round.currentIndex };
    case "out-of-order":
      return { ok: false, message: "This round moved on in another tab: reload to continue.", currentIndex: result.round.currentIndex };
  }
}
