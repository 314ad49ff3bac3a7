import { describe, expect, it } from "vitest";
import { sessionStillValid, signedInAtOf } from "@/lib/auth/revocation";

describe("sessionStillValid", () => {
  const changedAt = new Date(Date.UTC(2026, 10, 23, 12));

  it("keeps every session while nothing was revoked", () => {
    expect(sessionStillValid(0, null)).toBe(true);
    expect(sessionStillValid(changedAt.getTime() - 1, null)).toBe(true);
  });

  it("drops sessions signed in before the password changed, keeps the ones from then on", () => {
    expect(sessionStillValid(changedAt.getTime() - 1, changedAt)).toBe(false);
    expect(sessionStillValid(changedAt.getTime(), changedAt)).toBe(true);
    expect(sessionStillValid(changedAt.getTime() + 60_000, changedAt)).toBe(true);
  });

  it("drops a session that predates recording its sign-in time once anything was revoked", () => {
    expect(sessionStillValid(0, changedAt)).toBe(false);
  });
});

describe("signedInAtOf", () => {
  it("reads the sign-in time a token carries, and 0 for anything else", () => {
    expect(signedInAtOf({ signedInAt: 1_700_000_000_000 })).toBe(1_700_000_000_000);
    expect(signedInAtOf({})).toBe(0);
    expect(signedInAtOf({ signedInAt: "1700000000000" })).toBe(0);
    expect(signedInAtOf({ signedInAt: Number.NaN })).toBe(0);
    expect(signedInAtOf({ signedInAt: -5 })).toBe(0);
  });
});
