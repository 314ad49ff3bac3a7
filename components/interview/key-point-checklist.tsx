/** The key points as a checklist; number keys tick them (1–9, 0 for the tenth). */
export function KeyPointChecklist({
  points,
  ticked,
  named,
  onToggle,
}: {
  points: readonly string[];
  ticked: ReadonlySet<number>;
  /** Points the typed answer names (a hint, not a tick). */
  named: ReadonlySet<number>;
  onToggle: (index: number) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold">Key points you covered (press the number to tick)</legend>
      <ul className="space-y-1">
        {points.map((point, i) => (
          <li key={i}>
            <label
              data-testid={`key-point-${i}`}
              className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-zinc-200 px-3 py-2 text-sm hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900"
            >
              <input type="checkbox" className="mt-1 h-4 w-4 shrink-0" checked={ticked.has(i)} onChange={() => onToggle(i)} />
              <kbd className="mt-0.5 rounded border border-zinc-300 px-1 font-mono text-xs text-zinc-500 dark:text-zinc-400 dark:border-zinc-700">{(i + 1) % 10}</kbd>
              <span className="flex-1">{point}</span>
              {named.has(i) ? (
                <span className="shrink-0 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-500/20 dark:text-amber-100">
                  named
                </span>
              ) : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
