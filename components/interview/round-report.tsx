import Link from "next/link";
import type { InterviewRoundRecord } from "@/lib/data/interview";
import { RATING_LABELS, ROUND_DEFINITIONS, roundQueryString, type RoundSummary } from "@/lib/interview";
import { buttonClass } from "@/components/ui/button";
import { DeleteRecordings } from "./delete-recordings";
import { FinishRatings } from "./finish-ratings";
import { formatClock, formatPercent } from "./format";
import { HighlightedAnswer } from "./highlighted-answer";
import { RecordingPlayback } from "./recording-playback";
import type { PlayerQuestion } from "./types";

interface Props {
  round: InterviewRoundRecord;
  questions: PlayerQuestion[];
  summary: RoundSummary;
  /** Ratings this round gave the schedule so far, and how many it should give. */
  ratings: { sent: number; expected: number };
}

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** A finished or abandoned round: scores, time, weakest topics, notes to reread, and every answer. */
export function RoundReport({ round, questions, summary, ratings }: Props) {
  const definition = ROUND_DEFINITIONS[round.kind];
  const abandoned = round.status === "abandoned";
  return (
    <article className="space-y-8" data-testid="round-summary" data-status={round.status}>
      <header className="space-y-2">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <Link href="/interview/history" className="underline-offset-2 hover:underline">
            History
          </Link>{" "}
          · {dateFormat.format(round.startedAt)} UTC · seed {round.seed}
          {round.topics.length > 0 ? ` · ${round.topics.join(", ")}` : ""}
        </p>
        <h1 className="text-2xl font-bold tracking-tight">
          {definition.label}: {abandoned ? "abandoned" : <span data-testid="round-score">{formatPercent(summary.score)}</span>}
        </h1>
        {abandoned ? (
          <p className="text-zinc-700 dark:text-zinc-300">This round was abandoned: nothing in it was rated.</p>
        ) : (
          <p className="text-zinc-700 dark:text-zinc-300" data-testid="ratings-sent">
            {ratings.sent} {ratings.sent === 1 ? "card" : "cards"} rescheduled from this round ({summary.answered} questions answered).
          </p>
        )}
        {!abandoned && ratings.sent < ratings.expected ? <FinishRatings roundId={round.id} /> : null}
        <p className="text-sm">
          Time used <span className="font-mono tabular-nums">{formatClock(summary.timeUsedMs)}</span> of{" "}
          <span className="font-mono tabular-nums">{formatClock(summary.timeAllowedMs)}</span> allowed.
        </p>
        <div className="flex flex-wrap gap-2 pt-2">
          <Link href={`/interview?${roundQueryString({ kind: round.kind, seed: null, topics: round.topics })}`} className={buttonClass()}>
            Another round like this
          </Link>
          {!round.weighted ? (
            <Link href={`/interview?${roundQueryString(round)}`} className={buttonClass("secondary")} data-testid="share-link">
              Shareable link to this round
            </Link>
          ) : null}
        </div>
        {round.answers.some((a) => a?.mode === "spoken" && a.recorded) ? <DeleteRecordings roundId={round.id} /> : null}
      </header>

      {summary.phases.length > 0 ? (
        <section aria-labelledby="phases-title">
          <h2 id="phases-title" className="mb-2 text-lg font-semibold">Phases</h2>
          <ul className="grid gap-2 sm:grid-cols-4">
            {summary.phases.map((p) => (
              <li key={p.phase} className="rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-800">
                <p className="font-semibold">{p.label}</p>
                <p className={`font-mono tabular-nums ${p.usedMs > p.budgetMs ? "text-red-600" : ""}`}>
                  {formatClock(p.usedMs)} / {formatClock(p.budgetMs)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!abandoned ? (
        <div className="grid gap-6 sm:grid-cols-2">
          <section aria-labelledby="weakest-title" data-testid="weakest-topics">
            <h2 id="weakest-title" className="mb-2 text-lg font-semibold">Weakest topics</h2>
            <ol className="space-y-1 text-sm">
              {summary.weakestTopics.map((t) => (
                <li key={t.topic}>
                  {t.topic}: {formatPercent(t.score)} over {t.questions} {t.questions === 1 ? "question" : "questions"}
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="reread-title" data-testid="notes-to-reread">
            <h2 id="reread-title" className="mb-2 text-lg font-semibold">Notes to reread</h2>
            {summary.notesToReread.length === 0 ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing under 70 %: well done.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {summary.notesToReread.map((n) => (
                  <li key={n.noteId}>
                    <Link href={`/notes/${n.noteId}`} className="text-brand-600 underline underline-offset-2 dark:text-brand-300">
                      {n.noteTitle}
                    </Link>{" "}
                    ({formatPercent(n.score)})
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      ) : null}

      <section aria-labelledby="answers-title" className="space-y-4">
        <h2 id="answers-title" className="text-lg font-semibold">Questions and answers</h2>
        <ol className="space-y-4">
          {questions.map((q) => {
            const result = summary.results[q.index];
            const answer = round.answers[q.index] ?? null;
            return (
              <li key={q.index} className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="summary-question" data-card-id={q.cardId ?? undefined}>
                <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                  <span className="font-semibold">
                    {q.index + 1}. {q.lead ? `${q.lead} · ` : ""}
                    <Link href={`/notes/${q.noteId}`} className="underline-offset-2 hover:underline">
                      {q.noteTitle}
                    </Link>
                  </span>
                  {result && result.answered ? (
                    <span data-testid="question-score">
                      {result.covered}/{result.total} key points ({formatPercent(result.fraction)}) ·{" "}
                      {q.rated ? RATING_LABELS[result.rating] : "not rated"} · {formatClock(result.timeUsedMs)} of {formatClock(result.timeAllowedMs)}
                    </span>
                  ) : (
                    <span className="text-zinc-500 dark:text-zinc-400">not answered</span>
                  )}
                </div>
                <div>{q.prompt}</div>
                {answer ? (
                  answer.mode === "spoken" ? (
                    answer.recorded ? <RecordingPlayback roundId={round.id} index={q.index} /> : <p className="text-sm italic text-zinc-500 dark:text-zinc-400">Spoken, not recorded.</p>
                  ) : (
                    <HighlightedAnswer text={answer.text} terms={q.terms} />
                  )
                ) : null}
                <details className="text-sm">
                  <summary className="cursor-pointer font-medium">Model answer and key points</summary>
                  <div className="mt-2 space-y-2">
                    {q.answer}
                    <ul className="space-y-1">
                      {q.keyPoints.map((p, i) => (
                        <li key={i} className="flex gap-2">
                          <span aria-label={answer?.ticked.includes(i) ? "covered" : "missed"}>{answer?.ticked.includes(i) ? "✓" : "○"}</span>
                          {p}
                        </li>
                      ))}
                    </ul>
                  </div>
                </details>
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
