// Sign-in throttling policy (pure): at most MAX_FAILURES failed attempts per email in a
// sliding window. The attempts themselves live in the database, so every app instance and
// every restart sees the same count.

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export interface ThrottleDecision {
  allowed: boolean;
  /** When blocked: how long until the oldest counted failure leaves the window. */
  retryAfterMs: number;
}

export function throttleDecision(
  failureTimes: readonly Date[],
  now: Date,
  policy: { maxFailures: number; windowMs: number } = { maxFailures: MAX_FAILURES, windowMs: WINDOW_MS },
): ThrottleDecision {
  const since = now.getTime() - policy.windowMs;
  const recent = failureTimes
    .map((t) => t.getTime())
    .filter((t) => t > since && t <= now.getTime())
    .sort((a, b) => b - a);
  if (recent.length < policy.maxFailures) return { allowed: true, retryAfterMs: 0 };
  // Blocked until the maxFailures-th most recent failure ages out of the window.
  const pivot = recent[policy.maxFailures - 1] ?? now.getTime();
  return { allowed: false, retryAfterMs: Math.max(0, pivot + policy.windowMs - now.getTime()) };
}

export function retryMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
