export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <div className="h-7 w-40 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="h-20 rounded bg-zinc-100 dark:bg-zinc-900" />
        <div className="h-20 rounded bg-zinc-100 dark:bg-zinc-900" />
        <div className="h-20 rounded bg-zinc-100 dark:bg-zinc-900" />
      </div>
      <div className="h-64 rounded bg-zinc-100 dark:bg-zinc-900" />
      <span className="sr-only">Loading…</span>
    </div>
  );
}
