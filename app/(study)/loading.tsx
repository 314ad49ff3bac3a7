export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <div className="h-7 w-48 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-24 rounded bg-zinc-100 dark:bg-zinc-900" />
      <span className="sr-only">Loading…</span>
    </div>
  );
}
