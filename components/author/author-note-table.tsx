import { Fragment } from "react";
import Link from "next/link";
import { CARD_KINDS } from "@/lib/content";
import type { AuthorRow } from "@/lib/library";
import { CARD_KIND_LABELS } from "@/components/notes/badges";
import { ProblemList } from "@/components/notes/problem-list";

const cell = "border-b border-zinc-200 px-2 py-2 align-top dark:border-zinc-800";

/** Every note file: card counts by kind, then its problems (file:line field message) under it. */
export function AuthorNoteTable({ rows }: { rows: readonly AuthorRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table data-testid="author-notes" className="w-full min-w-[44rem] border-collapse text-left text-sm">
        <caption className="sr-only">Notes with their cards by kind and their problems</caption>
        <thead>
          <tr className="text-xs text-zinc-500 uppercase dark:text-zinc-400">
            <th scope="col" className={cell}>
              Note
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Cards
            </th>
            {CARD_KINDS.map((kind) => (
              <th key={kind} scope="col" className={`${cell} text-right`}>
                {CARD_KIND_LABELS[kind]}
              </th>
            ))}
            <th scope="col" className={`${cell} text-right`}>
              Problems
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const problems = row.errors.length + row.warnings.length;
            return (
              <Fragment key={row.file}>
                <tr data-note-id={row.id} data-broken={row.broken ? "true" : undefined} className={row.broken ? "bg-red-50/60 dark:bg-red-950/30" : undefined}>
                  <th scope="row" className={`${cell} font-normal`}>
                    <Link href={`/author/${encodeURIComponent(row.id)}`} className="font-semibold text-brand-600 hover:underline dark:text-brand-300">
                      {row.title}
                    </Link>
                    <div className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{row.file}</div>
                  </th>
                  <td data-testid="card-count" className={`${cell} text-right font-semibold tabular-nums`}>
                    {row.cardCount}
                  </td>
                  {CARD_KINDS.map((kind) => (
                    <td key={kind} data-kind={kind} className={`${cell} text-right tabular-nums ${row.cardsByKind[kind] ? "" : "text-zinc-400 dark:text-zinc-600"}`}>
                      {row.cardsByKind[kind] ?? 0}
                    </td>
                  ))}
                  <td className={`${cell} text-right tabular-nums`}>
                    {problems === 0 ? (
                      <span className="text-zinc-400 dark:text-zinc-600">0</span>
                    ) : (
                      <span className={row.errors.length > 0 ? "font-semibold text-red-700 dark:text-red-300" : "text-amber-700 dark:text-amber-300"}>
                        {row.errors.length} E · {row.warnings.length} W
                      </span>
                    )}
                  </td>
                </tr>
                {problems > 0 ? (
                  <tr>
                    <td colSpan={CARD_KINDS.length + 3} className="border-b border-zinc-200 px-2 pb-3 dark:border-zinc-800">
                      <ProblemList errors={row.errors} warnings={row.warnings} label={`Problems in ${row.file}`} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
