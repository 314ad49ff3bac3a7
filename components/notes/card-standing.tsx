import type { CardStanding } from "@/lib/data/card-standing";
import { formatInterval } from "@/lib/srs";
import { Pill } from "./badges";
import { UnsuspendButton } from "./unsuspend-button";

const phaseTone = { new: "neutral", learning: "amber", relearning: "amber", review: "green" } as const;

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function dueLabel(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  if (Math.abs(ms) < 60_000) return "due now";
  return ms > 0 ? `due in ${formatInterval(ms)}` : `overdue by ${formatInterval(-ms)}`;
}

/** Where the user stands on one card; "not studied yet" when it was never introduced. */
export function CardStandingView({ cardId, standing, now }: { cardId: string; standing: CardStanding | undefined; now: Date }) {
  if (!standing) {
    return (
      <p data-standing="unseen" className="text-sm text-zinc-500 dark:text-zinc-400">
        Not studied yet
      </p>
    );
  }
  return (
    <dl data-standing={standing.phase} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-zinc-700 dark:text-zinc-300">
      <div className="flex items-center gap-1">
        <dt className="sr-only">Phase</dt>
        <dd>
          <Pill tone={phaseTone[standing.phase]}>{standing.phase}</Pill>
        </dd>
      </div>
      <div>
        <dt className="sr-only">Due</dt>
        <dd>
          <time dateTime={standing.due.toISOString()} title={`${dateFormat.format(standing.due)} UTC`}>
            {dueLabel(standing.due, now)}
          </time>
        </dd>
      </div>
      <div className="flex gap-1">
        <dt>Recall</dt>
        <dd className="font-semibold tabular-nums">{standing.phase === "new" ? "–" : `${Math.round(standing.retrievability * 100)}%`}</dd>
      </div>
      <div className="flex gap-1">
        <dt>Lapses</dt>
        <dd className="font-semibold tabular-nums">{standing.lapses}</dd>
      </div>
      <div className="flex gap-1">
        <dt>Reviews</dt>
        <dd className="font-semibold tabular-nums">{standing.reps}</dd>
      </div>
      {standing.suspended ? (
        <div>
          <dt className="sr-only">Status</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <Pill tone="red">suspended</Pill>
            <UnsuspendButton cardId={cardId} />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
