export function ComingSoon({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      <div className="rounded-lg border border-dashed border-zinc-300 p-6 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        <p className="font-medium text-zinc-800 dark:text-zinc-200">Coming soon.</p>
        <div className="mt-1 text-sm">{children}</div>
      </div>
    </section>
  );
}
