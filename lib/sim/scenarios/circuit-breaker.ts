/** A circuit breaker as plain data, so it snapshots with the scenario state. */
export interface Breaker {
  mode: "closed" | "open" | "half-open";
  failures: number;
  openedAt: number;
  probeInFlight: boolean;
  trips: number;
}

export interface BreakerPolicy {
  readonly failureThreshold: number;
  readonly breakerOpenMs: number;
}

export function createBreaker(): Breaker {
  return { mode: "closed", failures: 0, openedAt: 0, probeInFlight: false, trips: 0 };
}

/** May a call go out now? After `openMs` an open breaker lets exactly one probe through. */
export function allowCall(breaker: Breaker, policy: BreakerPolicy, now: number): boolean {
  if (breaker.mode === "open" && now - breaker.openedAt >= policy.breakerOpenMs) {
    breaker.mode = "half-open";
    breaker.probeInFlight = false;
  }
  if (breaker.mode === "closed") return true;
  if (breaker.mode === "half-open" && !breaker.probeInFlight) {
    breaker.probeInFlight = true;
    return true;
  }
  return false;
}

/** Returns the transition taken, for the event log. */
export function callSucceeded(breaker: Breaker): "closed" | undefined {
  const wasHalfOpen = breaker.mode === "half-open";
  breaker.failures = 0;
  if (!wasHalfOpen) return undefined;
  breaker.mode = "closed";
  breaker.probeInFlight = false;
  return "closed";
}

export function callFailed(breaker: Breaker, policy: BreakerPolicy, now: number): "open" | undefined {
  if (breaker.mode === "open") return undefined;
  breaker.failures += 1;
  if (breaker.mode === "half-open" || breaker.failures >= policy.failureThreshold) {
    breaker.mode = "open";
    breaker.openedAt = now;
    breaker.probeInFlight = false;
    breaker.trips += 1;
    return "open";
  }
  return undefined;
}

export const breakerCode = (breaker: Breaker): number =>
  breaker.mode === "closed" ? 0 : breaker.mode === "half-open" ? 1 : 2;
