import "server-only";
import { db, type Db } from "@/lib/db";
import { nextTurn } from "@/lib/event-loop";
import { revlogStateFromName, type RevlogRow } from "@/lib/srs";

/** Rows per read: small enough that mapping one page never holds the event loop for long. */
const PAGE = 1_000;

const columns = { id: true, cardId: true, reviewedAt: true, rating: true, durationMs: true, state: true } as const;

interface LogColumns {
  cardId: string;
  reviewedAt: Date;
  rating: number;
  durationMs: number;
  state: string;
}

/** A stored answer as a revlog row; null for a row the format cannot hold (never written so). */
function toRevlogRow(log: LogColumns): RevlogRow | null {
  const state = revlogStateFromName(log.state);
  const rating = log.rating;
  if (state === null || (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4)) return null;
  return { reviewTime: log.reviewedAt.getTime(), cardId: log.cardId, rating, durationMs: log.durationMs, state };
}

/**
 * A user's whole review history (answers, interview answers and imports) in time order,
 * page by page, so an export of any size streams without holding it all.
 */
export async function* reviewHistoryPages(userId: string, client: Db = db()): AsyncGenerator<RevlogRow[]> {
  let cursor: string | null = null;
  for (;;) {
    const page: (LogColumns & { id: string })[] = await client.reviewLog.findMany({
      where: { userId },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      select: columns,
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (page.length === 0) return;
    yield page.flatMap((log) => toRevlogRow(log) ?? []);
    if (page.length < PAGE) return;
    cursor = page[page.length - 1]?.id ?? null;
    await nextTurn();
  }
}

/** The user's whole history as revlog rows (for fitting their parameters). */
export async function reviewHistory(userId: string, client: Db = db()): Promise<RevlogRow[]> {
  const rows: RevlogRow[] = [];
  for await (const page of reviewHistoryPages(userId, client)) rows.push(...page);
  return rows;
}

/** How many reviews the user's history holds (all sources). */
export function countReviews(userId: string, client: Db = db()): Promise<number> {
  return client.reviewLog.count({ where: { userId } });
}
