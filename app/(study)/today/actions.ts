"use server";

import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import { loadReviewBatch } from "@/components/review/review-items";
import type { LearnMoreNewResult, MoreReviewItems } from "@/components/review/types";
import { allowExtraNewCards } from "@/lib/data/study";

// The session sends the ids of every card it holds or answered today: a few hundred at most.
const knownSchema = z.array(z.string().min(1).max(300)).max(5_000);

/** The next batch of today's cards for the review session (Today loads the first batch). */
export async function moreReviewItemsAction(known: string[]): Promise<MoreReviewItems> {
  const parsed = knownSchema.safeParse(known);
  if (!parsed.success) return { ok: false, message: "The list of cards already shown is invalid." };
  const user = await currentUser();
  if (!user) return { ok: false, message: "Your session has ended: sign in again to load more cards." };
  const batch = await loadReviewBatch(user.id, new Date(), new Set(parsed.data));
  return { ok: true, items: batch.items, later: batch.later, more: batch.more };
}

const extraNewSchema = z.number().int().min(1).max(1_000);

/** "Learn more new cards today": `extra` new cards over the daily limit, for today only. */
export async function learnMoreNewAction(extra: number): Promise<LearnMoreNewResult> {
  const parsed = extraNewSchema.safeParse(extra);
  if (!parsed.success) return { ok: false, message: "Extra new cards must be a whole number from 1 to 1,000." };
  const user = await currentUser();
  if (!user) return { ok: false, message: "Your session has ended: sign in again to add new cards." };
  await allowExtraNewCards(user.id, parsed.data, new Date());
  return { ok: true };
}
