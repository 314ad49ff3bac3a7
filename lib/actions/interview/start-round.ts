"use server";

import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getLearnerStats } from "@/lib/data/interview";
import { getLibrary } from "@/lib/data/library";
import { createRound } from "@/lib/db/interview";
import { buildRound, InterviewError, MAX_SEED, startRoundSchema, type StartRoundInput } from "@/lib/interview";
import { formText, type FormState } from "../form-state";

type Field = keyof StartRoundInput;

/**
 * Draws a round and opens it. Without a seed, one is drawn here and the questions lean toward
 * the learner's weak cards; with a seed (a shared link) the draw ignores the learner's history,
 * so the same link gives everyone the same questions.
 */
export async function startInterviewRound(_prev: FormState<Field>, data: FormData): Promise<FormState<Field>> {
  const user = await requireUser();
  const raw = {
    kind: formText(data, "kind"),
    seed: formText(data, "seed"),
    topics: data.getAll("topics").filter((t): t is string => typeof t === "string" && t !== ""),
  };
  const values = { kind: raw.kind, seed: raw.seed, topics: raw.topics.join(",") };
  const parsed = startRoundSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<Field, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "kind" || field === "seed" || field === "topics") fieldErrors[field] ??= issue.message;
    }
    return { status: "error", message: "Check the highlighted fields.", fieldErrors, values };
  }
  const now = new Date();
  const library = await getLibrary();
  const shared = parsed.data.seed !== undefined;
  const learner = shared ? null : await getLearnerStats(user.id, library, now);
  let id: string;
  try {
    const plan = buildRound({
      kind: parsed.data.kind,
      seed: parsed.data.seed ?? randomInt(0, MAX_SEED),
      topics: parsed.data.topics,
      source: library,
      learner,
    });
    ({ id } = await createRound({ userId: user.id, plan, now }));
  } catch (error) {
    if (error instanceof InterviewError) return { status: "error", message: error.message, values };
    throw error;
  }
  redirect(`/interview/rounds/${id}`);
}
