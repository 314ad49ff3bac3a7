// When a session stops counting before it expires (pure). Sessions are stateless cookies, so a
// password change cannot delete them: the user row records the moment from which sessions are
// valid, and each session carries the moment it signed in.

/**
 * Whether a session signed in at `signedInAt` (epoch ms; 0 for a session from before the time
 * was recorded) still counts for a user whose sessions are valid from `validFrom` (null: all).
 */
export function sessionStillValid(signedInAt: number, validFrom: Date | null): boolean {
  return validFrom === null || signedInAt >= validFrom.getTime();
}

/** The sign-in time a session token carries, or 0 when it has none. */
export function signedInAtOf(token: Record<string, unknown>): number {
  const value = token.signedInAt;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
}
