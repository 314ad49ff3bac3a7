"use server";

import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import { loadReviewBatch } from "@/components/review/review-items";
import type { MoreReviewItems } from "@/components/review/types";

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
