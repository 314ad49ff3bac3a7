import type { ContentProblem } from "./types";

/** Content that cannot be used; carries every problem found. */
export class ContentError extends Error {
  override name = "ContentError";
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const first = problems[0];
    super(
      first
        ? `${first.file}:${first.line} ${first.field}: ${first.message}` +
            (problems.length > 1 ? ` (+${problems.length - 1} more)` : "")
        : "invalid content",
    );
    this.problems = problems;
  }
}
