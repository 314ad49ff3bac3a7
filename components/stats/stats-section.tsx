/** A titled block of the stats page. */
export function StatsSection({ title, note, children, id }: { title: string; note?: React.ReactNode; children: React.ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {note && <div className="text-sm text-zinc-600 dark:text-zinc-400">{note}</div>}
      </div>
      {children}
    </section>
  );
}
