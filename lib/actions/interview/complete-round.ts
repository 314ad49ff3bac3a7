"use server";

import { currentUser } from "@/lib/auth/session";
import { getLibrary } from "@/lib/data/library";
import { getStudyProfile } from "@/lib/data/study";
import { completeRound } from "@/lib/db/interview";
import { roundIdInputSchema } from "@/lib/interview";

export type RoundActionResult = { ok: true; rated: number } | { ok: false; message: string };

/** Completes the learner's round and sends its ratings to the schedule (once, however often it is called). */
export async function completeInterviewRound(input: unknown): Promise<RoundActionResult> {
  const user = await currentUser();
  if (!user) return { ok: false, message: "Your session has ended: sign in again to keep going." };
  const parsed = roundIdInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Unknown round." };
  const [library, profile] = await Promise.all([getLibrary(), getStudyProfile(user.id)]);
  const result = await completeRound({
    userId: user.id,
    roundId: parsed.data.roundId,
    now: new Date(),
    params: profile.params,
    libraryCardIds: new Set(library.cardById.keys()),
  });
  switch (result.status) {
    case "completed":
      return { ok: true, rated: result.ratings.length };
    case "not-found":
      return { ok: false, message: "This round does not exist." };
    case "abandoned":
      return { ok: false, message: "This round was abandoned: nothing was rated." };
    case "unfinished":
      return { ok: false, message: "Answer every question before finishing the round." };
  }
}
