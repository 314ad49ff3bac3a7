/**
 * What a page shows while its data loads (a segment's loading.tsx). Only pages that read
 * per-user data have one: a page under a loading boundary starts streaming before it renders,
 * so a notFound() it reaches then can no longer set the HTTP status. Pages of one thing by id
 * (a note, a simulation, an interview round) have none and answer 404 when there is no such thing.
 */
export function PageLoading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <div className="h-7 w-48 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-24 rounded bg-zinc-100 dark:bg-zinc-900" />
      <span className="sr-only">Loading…</span>
    </div>
  );
}
