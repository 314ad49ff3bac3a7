/** A round that cannot be built or a value that breaks the interview rules (bad kind, no questions). */
export class InterviewError extends Error {
  override name = "InterviewError";
}
