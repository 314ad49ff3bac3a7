import type { CardReview, CardStanding } from "@/lib/data/card-standing";
import { formatInterval, GRADE_LABELS, isLeech, LEECH_LAPSES } from "@/lib/srs";
import { formatDuration } from "@/components/review/format";
import { Pill } from "./badges";
import { SuspendButton } from "./suspend-button";

const phaseTone = { new: "neutral", learning: "amber", relearning: "amber", review: "green" } as const;

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function dueLabel(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  if (Math.abs(ms) < 60_000) return "due now";
  return ms > 0 ? `due in ${formatInterval(ms)}` : `overdue by ${formatInterval(-ms)}`;
}

const gradeTone = { 1: "text-red-700 dark:text-red-300", 2: "text-amber-800 dark:text-amber-300", 3: "text-emerald-700 dark:text-emerald-300", 4: "text-sky-700 dark:text-sky-300" } as const;
const sourceLabel: Record<CardReview["source"], string> = { review: "review", interview: "mock interview", import: "imported" };

/** The card's answers, newest first (Anki's "card info"), folded away until asked for. */
function CardHistory({ history, answers }: { history: readonly CardReview[]; answers: number }) {
  if (answers === 0) return null;
  return (
    <details data-testid="card-history" className="mt-2 text-sm">
      <summary className="cursor-pointer text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
        Answers ({answers})
      </summary>
      <div className="mt-2 overflow-x-auto" tabIndex={0}>
        <table className="w-full border-collapse text-left tabular-nums">
          <caption className="sr-only">{`This card's answers, newest first${history.length < answers ? ` (the latest ${history.length})` : ""}`}</caption>
          <thead>
            <tr className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
              <th className="py-1 pr-3 font-medium">When (UTC)</th>
              <th className="py-1 pr-3 font-medium">Answer</th>
              <th className="py-1 pr-3 font-medium">Phase before</th>
              <th className="py-1 pr-3 font-medium">Time</th>
              <th className="py-1 font-medium">From</th>
            </tr>
          </thead>
          <tbody>
            {history.map((review, i) => (
              <tr key={`${review.reviewedAt.getTime()}-${i}`} data-testid="card-history-row" className="border-b border-zinc-100 last:border-0 dark:border-zinc-900">
                <td className="py-1 pr-3">
                  <time dateTime={review.reviewedAt.toISOString()}>{dateFormat.format(review.reviewedAt)}</time>
                </td>
                <td className={`py-1 pr-3 font-semibold ${gradeTone[review.rating]}`}>{GRADE_LABELS[review.rating]}</td>
                <td className="py-1 pr-3">{review.phase}</td>
                <td className="py-1 pr-3">{review.durationMs > 0 ? formatDuration(review.durationMs) : "–"}</td>
                <td className="py-1">{sourceLabel[review.source]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {history.length < answers ? (
          <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">{`The latest ${history.length} of ${answers}; Settings exports them all as CSV.`}</p>
        ) : null}
      </div>
    </details>
  );
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
    <div>
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
        {isLeech(standing.lapses) ? (
          <div>
            <dt className="sr-only">Leech</dt>
            <dd data-testid="leech-badge">
              <Pill tone="amber" title={`Forgotten ${LEECH_LAPSES} times or more: re-read the note, or suspend the card for a while`}>
                leech
              </Pill>
            </dd>
          </div>
        ) : null}
        <div className="flex gap-1">
          <dt>Reviews</dt>
          <dd className="font-semibold tabular-nums">{standing.reps}</dd>
        </div>
        {standing.suspended ? (
          <div>
            <dt className="sr-only">Status</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <Pill tone="red">suspended</Pill>
              <SuspendButton cardId={cardId} suspended />
            </dd>
          </div>
        ) : (
          <div>
            <dt className="sr-only">Status</dt>
            <dd>
              <SuspendButton cardId={cardId} suspended={false} />
            </dd>
          </div>
        )}
      </dl>
      <CardHistory history={standing.history} answers={standing.answers} />
    </div>
  );
}
