"use server";

import { currentUser } from "@/lib/auth/session";
import { abandonRound } from "@/lib/db/interview";
import { roundIdInputSchema } from "@/lib/interview";
import type { RoundActionResult } from "./complete-round";

/** Ends the learner's round without rating anything. */
export async function abandonInterviewRound(input: unknown): Promise<RoundActionResult> {
  const user = await currentUser();
  if (!user) return { ok: false, message: "Your session has ended: sign in again to keep going." };
  const parsed = roundIdInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Unknown round." };
  const result = await abandonRound({ userId: user.id, roundId: parsed.data.roundId, now: new Date() });
  if (result.status === "not-found") return { ok: false, message: "This round does not exist." };
  if (result.status === "completed") return { ok: false, message: "This round is already completed." };
  return { ok: true, rated: 0 };
}
