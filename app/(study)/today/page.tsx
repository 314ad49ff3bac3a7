import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getLibrary } from "@/lib/data/library";
import { getStudyProfile, getTodayQueue } from "@/lib/data/study";
import { renderCardParts } from "@/components/review/card-content";
import { ReviewSession } from "@/components/review/review-session";
import type { ReviewItem } from "@/components/review/types";
import { toWire } from "@/lib/study/wire";

export const metadata = { title: "Today" };

/** How many cards one page load carries; the session asks for more when they are done. */
const PAGE_SIZE = 60;

export default async function TodayPage() {
  const user = await requireUser();
  const now = new Date();
  const [library, profile] = await Promise.all([getLibrary(), getStudyProfile(user.id)]);
  const today = await getTodayQueue(user.id, now, library, profile);

  const stateById = new Map(today.cards.map((c) => [c.cardId, c]));
  const toItem = (cardId: string, queueKind: ReviewItem["queueKind"], due: Date | null): ReviewItem[] => {
    const card = library.cardById.get(cardId);
    if (!card) return [];
    const known = stateById.get(cardId);
    return [
      {
        cardId,
        noteId: card.noteId,
        noteTitle: library.noteById.get(card.noteId)?.title ?? card.noteId,
        cardKind: card.kind,
        queueKind,
        state: known?.state ? toWire(known.state) : null,
        version: known?.version ?? 0,
        due: due ? due.getTime() : null,
        ...renderCardParts(card),
        ...(card.keyPoints ? { keyPoints: card.keyPoints } : {}),
        ...(card.sim ? { sim: card.sim } : {}),
      },
    ];
  };
  const items = today.queue.items.slice(0, PAGE_SIZE).flatMap((i) => toItem(i.cardId, i.kind, i.due));
  const later = today.queue.later.flatMap((i) => toItem(i.cardId, "learning", i.due));

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">Today</h1>
        <Link href="/settings" className="text-sm text-zinc-600 underline-offset-2 hover:underline dark:text-zinc-400">
          Study settings
        </Link>
      </div>
      <ReviewSession
        key={`${today.day}:${today.doneToday.total}:${items.length}:${later.length}`}
        userId={user.id}
        params={profile.params}
        items={items}
        later={later}
        dayEnd={today.window.end.getTime()}
        doneToday={{ total: today.doneToday.total, timeMs: today.doneToday.timeMs }}
        dueTomorrow={today.dueTomorrow}
      />
    </div>
  );
}
