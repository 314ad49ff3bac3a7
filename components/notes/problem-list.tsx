import type { ContentProblem, ContentWarning } from "@/lib/content";

type Problem = (ContentProblem | ContentWarning) & { field?: string };

/** Problems as authors read them: `file:line field message`, errors in red, warnings in amber. */
export function ProblemList({ errors, warnings = [], label = "Problems" }: { errors: readonly ContentProblem[]; warnings?: readonly ContentWarning[]; label?: string }) {
  const items: { level: "error" | "warning"; problem: Problem }[] = [
    ...errors.map((problem) => ({ level: "error" as const, problem })),
    ...warnings.map((problem) => ({ level: "warning" as const, problem })),
  ];
  if (items.length === 0) return null;
  return (
    <ul aria-label={label} className="space-y-1 font-mono text-xs leading-5 sm:text-sm">
      {items.map(({ level, problem }, i) => (
        <li
          key={`${level}-${problem.file}-${problem.line}-${i}`}
          data-problem={level}
          className={`rounded px-2 py-1 break-words ${
            level === "error" ? "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100" : "bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          }`}
        >
          <span className="font-semibold">{level === "error" ? "error" : "warning"}</span>{" "}
          <span>
            {problem.file}:{problem.line}
          </span>
          {problem.field ? <span className="font-semibold"> {problem.field}</span> : null} <span className="font-sans">{problem.message}</span>
        </li>
      ))}
    </ul>
  );
}
