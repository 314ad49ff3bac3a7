import { describe, expect, it } from "vitest";
import { SessionCache } from "@/lib/auth/session-cache";

describe("SessionCache", () => {
  it("reuses a decoded session for the time to live, then forgets it", () => {
    const cache = new SessionCache({ ttlMs: 60_000, maxEntries: 10 });
    cache.set("cookie-a", "user-1", 1_000, 10_000_000);
    expect(cache.get("cookie-a", 1_000)).toBe("user-1");
    expect(cache.get("cookie-a", 60_999)).toBe("user-1");
    expect(cache.get("cookie-a", 61_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("never outlives the session's own expiry", () => {
    const cache = new SessionCache({ ttlMs: 60_000, maxEntries: 10 });
    cache.set("cookie-a", "user-1", 1_000, 5_000);
    expect(cache.get("cookie-a", 4_999)).toBe("user-1");
    expect(cache.get("cookie-a", 5_000)).toBeUndefined();
    cache.set("cookie-b", "user-2", 1_000, 1_000); // already expired: not kept
    expect(cache.get("cookie-b", 1_000)).toBeUndefined();
  });

  it("keys on the exact cookie: another cookie is another session", () => {
    const cache = new SessionCache({ ttlMs: 60_000, maxEntries: 10 });
    cache.set("cookie-a", "user-1", 0, 1e9);
    expect(cache.get("cookie-a ", 0)).toBeUndefined();
    expect(cache.get("cookie-b", 0)).toBeUndefined();
  });

  it("keeps at most maxEntries, dropping the least recently stored", () => {
    const cache = new SessionCache({ ttlMs: 60_000, maxEntries: 2 });
    cache.set("a", "1", 0, 1e9);
    cache.set("b", "2", 0, 1e9);
    cache.set("a", "1", 1, 1e9); // stored again: now the newest
    cache.set("c", "3", 2, 1e9);
    expect(cache.size).toBe(2);
    expect(cache.get("b", 3)).toBeUndefined();
    expect(cache.get("a", 3)).toBe("1");
    expect(cache.get("c", 3)).toBe("3");
  });

  it("forgets the sessions that match, and only those", () => {
    const cache = new SessionCache<{ userId: string }>({ ttlMs: 60_000, maxEntries: 10 });
    cache.set("a", { userId: "1" }, 0, 1e9);
    cache.set("b", { userId: "1" }, 0, 1e9);
    cache.set("c", { userId: "2" }, 0, 1e9);
    cache.forget((v) => v.userId === "1");
    expect(cache.get("a", 1)).toBeUndefined();
    expect(cache.get("b", 1)).toBeUndefined();
    expect(cache.get("c", 1)).toEqual({ userId: "2" });
    expect(cache.size).toBe(1);
  });
});
