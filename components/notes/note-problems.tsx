import type { ContentProblem, ContentWarning } from "@/lib/content";
import { ProblemList } from "./problem-list";

/** The banner a note page shows when its file has errors. */
export function NoteProblems({ errors, warnings, files }: { errors: readonly ContentProblem[]; warnings: readonly ContentWarning[]; files: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <section
      aria-labelledby="note-problems-title"
      data-testid="note-problems"
      className="my-4 space-y-2 rounded-lg border border-red-300 bg-red-50/50 p-4 dark:border-red-800 dark:bg-red-950/30"
    >
      <h2 id="note-problems-title" className="font-semibold text-red-800 dark:text-red-200">
        This note’s file has {errors.length === 1 ? "an error" : `${errors.length} errors`}
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Fix {files.length === 1 ? "it" : "them"} in <span className="font-mono">content/{files.join(", content/")}</span>; the rest of the library is unaffected.
      </p>
      <ProblemList errors={errors} warnings={warnings} />
    </section>
  );
}
