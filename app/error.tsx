"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" role="alert" className="mx-auto max-w-xl space-y-3 px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="text-zinc-600 dark:text-zinc-400">
        The page could not be shown. Your progress is saved.{error.digest ? ` (reference ${error.digest})` : ""}
      </p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
        Try again
      </button>
    </main>
  );
}
