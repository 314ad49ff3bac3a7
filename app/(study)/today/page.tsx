import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { loadReviewBatch } from "@/components/review/review-items";
import { ReviewSession } from "@/components/review/review-session";
import { learnMoreNewAction, moreReviewItemsAction } from "./actions";

export const metadata = { title: "Today" };

export default async function TodayPage() {
  const user = await requireUser();
  const { today, profile, items, later, more } = await loadReviewBatch(user.id, new Date());

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">Today</h1>
        <Link href="/settings" className="text-sm text-zinc-600 underline-offset-2 hover:underline dark:text-zinc-400">
          Study settings
        </Link>
      </div>
      <ReviewSession
        key={`${today.day}:${today.doneToday.total}:${items.length}:${later.length}:${today.extraNew}`}
        userId={user.id}
        params={profile.params}
        items={items}
        later={later}
        more={more}
        loadMore={moreReviewItemsAction}
        newHeldBack={today.queue.newHeldBack}
        extraNew={today.extraNew}
        learnMoreNew={learnMoreNewAction}
        dayEnd={today.window.end.getTime()}
        doneToday={{ total: today.doneToday.total, timeMs: today.doneToday.timeMs }}
        dueTomorrow={today.dueTomorrow}
        tomorrowEnd={today.tomorrowEnd.getTime()}
      />
    </div>
  );
}
