import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listRounds } from "@/lib/data/interview";
import { getLibrary } from "@/lib/data/library";
import { matchesTopics, ROUND_DEFINITIONS, ROUND_KINDS, roundKindSchema, topicSchema } from "@/lib/interview";
import { libraryEntries, libraryFacets, type SearchParamsRecord } from "@/lib/library";
import { formatPercent } from "@/components/interview/format";
import { ScoreChart } from "@/components/interview/score-chart";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Interview history" };

const selectClass = "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base sm:text-sm dark:border-zinc-700 dark:bg-zinc-900";
const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function HistoryPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requireUser();
  const [params, library] = await Promise.all([searchParams, getLibrary()]);
  const kind = roundKindSchema.safeParse(one(params.kind));
  const topic = topicSchema.safeParse(one(params.topic) ?? "");
  const chosen = topic.success && topic.data !== "" ? topic.data : undefined;
  const filter = {
    kind: kind.success ? kind.data : undefined,
    topic: chosen,
    topicNotes: chosen ? new Set(library.notes.filter((n) => matchesTopics(n, [chosen])).map((n) => n.id)) : undefined,
  };
  const rounds = await listRounds(user.id, filter);
  const completed = rounds.filter((r) => r.status === "completed" && r.score !== null);
  const topics = libraryFacets(libraryEntries(library)).tags;
  return (
    <section className="mx-auto max-w-4xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">Interview history</h1>
        <Link href="/interview" className={buttonClass("secondary")}>
          New round
        </Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3" data-testid="history-filters">
        <div className="min-w-40 space-y-1">
          <label htmlFor="filter-kind" className="block text-sm font-medium">
            Round type
          </label>
          <select id="filter-kind" name="kind" defaultValue={filter.kind ?? ""} className={selectClass}>
            <option value="">Any</option>
            {ROUND_KINDS.map((k) => (
              <option key={k} value={k}>
                {ROUND_DEFINITIONS[k].label}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-40 space-y-1">
          <label htmlFor="filter-topic" className="block text-sm font-medium">
            Topic
          </label>
          <select id="filter-topic" name="topic" defaultValue={filter.topic ?? ""} className={selectClass}>
            <option value="">Any</option>
            {topics.map((t) => (
              <option key={t.value} value={t.value}>
                {t.value}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
      </form>
      <ScoreChart points={completed.map((r) => ({ id: r.id, at: r.completedAt ?? r.startedAt, score: r.score ?? 0, label: ROUND_DEFINITIONS[r.kind].label }))} />
      {rounds.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400" data-testid="history-empty">
          No rounds match. <Link href="/interview" className="font-semibold text-brand-600 hover:underline dark:text-brand-300">Start one</Link>.
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm" data-testid="history-table">
            <thead>
              <tr className="border-b border-zinc-200 dark:border-zinc-800">
                <th className="py-2 pr-3">Started (UTC)</th>
                <th className="py-2 pr-3">Round</th>
                <th className="py-2 pr-3">Topics</th>
                <th className="py-2 pr-3">Score</th>
              </tr>
            </thead>
            <tbody>
              {[...rounds].reverse().map((r) => (
                <tr key={r.id} className="border-b border-zinc-100 dark:border-zinc-900" data-testid="history-row" data-status={r.status}>
                  <td className="py-2 pr-3">
                    <Link href={`/interview/rounds/${r.id}`} className="text-brand-600 underline-offset-2 hover:underline dark:text-brand-300">
                      {dateFormat.format(r.startedAt)}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{ROUND_DEFINITIONS[r.kind].label}</td>
                  <td className="py-2 pr-3">{r.topics.join(", ")}</td>
                  <td className="py-2 pr-3 tabular-nums">
                    {r.status === "completed" && r.score !== null ? formatPercent(r.score) : r.status === "active" ? `in progress (${r.answeredCount}/${r.questionCount})` : "abandoned"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
