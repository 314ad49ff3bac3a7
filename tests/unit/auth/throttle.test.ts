import { describe, expect, it } from "vitest";
import { MAX_FAILURES, retryMessage, throttleDecision, WINDOW_MS } from "@/lib/auth/throttle";

const now = new Date("2026-11-22T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("throttleDecision", () => {
  it("allows up to MAX_FAILURES - 1 recent failures", () => {
    const failures = Array.from({ length: MAX_FAILURES - 1 }, (_, i) => minutesAgo(i));
    expect(throttleDecision(failures, now)).toEqual({ allowed: true, retryAfterMs: 0 });
  });

  it("blocks at MAX_FAILURES failures inside the window until the oldest counted one ages out", () => {
    const failures = [1, 2, 3, 4, 10].map(minutesAgo);
    const decision = throttleDecision(failures, now);
    expect(decision.allowed).toBe(false);
    // The 5th most recent failure was 10 minutes ago: 5 minutes left in a 15-minute window.
    expect(decision.retryAfterMs).toBe(WINDOW_MS - 10 * 60_000);
  });

  it("ignores failures older than the window", () => {
    const failures = [1, 2, 3, 4, 16, 20].map(minutesAgo);
    expect(throttleDecision(failures, now).allowed).toBe(true);
  });

  it("ignores failures from the future (clock skew between instances)", () => {
    const failures = [1, 2, 3, 4].map(minutesAgo).concat([new Date(now.getTime() + 60_000)]);
    expect(throttleDecision(failures, now).allowed).toBe(true);
  });

  it("uses the most recent failures when there are more than the limit", () => {
    const failures = [0.5, 1, 2, 3, 4, 5, 14].map(minutesAgo);
    const decision = throttleDecision(failures, now);
    expect(decision.allowed).toBe(false);
    expect(decision.retryAfterMs).toBe(WINDOW_MS - 4 * 60_000);
  });
});

describe("retryMessage", () => {
  it("rounds up to whole minutes and never says zero", () => {
    expect(retryMessage(61_000)).toBe("Too many failed sign-in attempts. Try again in 2 minutes.");
    expect(retryMessage(1)).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
    expect(retryMessage(WINDOW_MS)).toMatch(/15 minutes/);
  });
});
