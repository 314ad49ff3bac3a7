import { highlightTerms } from "@/lib/interview";

/** A typed answer with the note's key terms it names marked (works on the server and in the browser). */
export function HighlightedAnswer({ text, terms }: { text: string; terms: readonly string[] }) {
  if (text.trim() === "") return <p className="text-sm italic text-zinc-500 dark:text-zinc-400">Nothing typed.</p>;
  return (
    <p data-testid="typed-answer" className="whitespace-pre-wrap rounded-md bg-zinc-50 p-3 text-sm leading-6 dark:bg-zinc-900">
      {highlightTerms(text, terms).map((s, i) =>
        s.term ? (
          <mark key={i} data-term={s.term} className="rounded bg-amber-200 px-0.5 text-zinc-900 dark:bg-amber-500/40 dark:text-amber-50">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}
