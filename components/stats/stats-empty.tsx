import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** What a learner with no answers yet sees instead of empty charts. */
export function StatsEmpty() {
  return (
    <div className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700" data-testid="stats-empty">
      <p className="text-lg font-medium">No reviews yet — start on Today.</p>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Your heatmap, streaks, retention, forecast and topic mastery appear here after your first answers.
      </p>
      <Link href="/today" className={buttonClass("primary", "mt-4")}>
        Go to Today
      </Link>
    </div>
  );
}
