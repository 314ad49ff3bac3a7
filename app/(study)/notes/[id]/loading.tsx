export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <div className="h-4 w-32 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-8 w-2/3 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="space-y-2">
        <div className="h-4 rounded bg-zinc-100 dark:bg-zinc-900" />
        <div className="h-4 rounded bg-zinc-100 dark:bg-zinc-900" />
        <div className="h-4 w-5/6 rounded bg-zinc-100 dark:bg-zinc-900" />
      </div>
      <span className="sr-only">Loading the note…</span>
    </div>
  );
}
