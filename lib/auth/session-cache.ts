// A small memo of decoded sessions, pure (time passed in). Decoding the session cookie runs
// Auth.js's whole session pipeline (HKDF key derivation, JWE decryption, callbacks): on the
// answer path that was a sixth of the request. Sessions are stateless JWTs, so remembering a
// decoded one for a minute changes nothing a signed-out or revoked cookie could do: the same
// cookie would decode the same way until it expires.

export interface SessionCacheOptions {
  /** How long a decoded session is reused, ms. */
  ttlMs: number;
  /** Entries kept at most; the oldest go first. */
  maxEntries: number;
}

interface Entry {
  userId: string;
  until: number;
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: SessionCacheOptions) {}

  /** The user id remembered for this cookie header at `now`, if any. */
  get(key: string, now: number): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.userId;
  }

  /** Remembers a decoded session until `now + ttl`, or until it expires if that is sooner. */
  set(key: string, userId: string, now: number, expiresAt: number): void {
    const until = Math.min(now + this.options.ttlMs, expiresAt);
    if (until <= now) return;
    this.entries.delete(key);
    this.entries.set(key, { userId, until });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
