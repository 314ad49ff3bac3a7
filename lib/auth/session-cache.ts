// A small memo of decoded sessions, pure (time passed in). Decoding the session cookie runs
// Auth.js's whole session pipeline (HKDF key derivation, JWE decryption, callbacks): on the
// answer path that was a sixth of the request. Sessions are stateless JWTs, so remembering a
// decoded one for a minute changes nothing a signed-out or revoked cookie could do: the same
// cookie would decode the same way until it expires. What revokes sessions early (a password
// change) is checked when a cookie is decoded, so it reaches a remembered session within the
// time to live; the instance that made the change forgets the user's sessions at once.

export interface SessionCacheOptions {
  /** How long a decoded session is reused, ms. */
  ttlMs: number;
  /** Entries kept at most; the oldest go first. */
  maxEntries: number;
}

interface Entry<V> {
  value: V;
  until: number;
}

export class SessionCache<V = string> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(private readonly options: SessionCacheOptions) {}

  /** What is remembered for this cookie header at `now`, if anything. */
  get(key: string, now: number): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Remembers a decoded session until `now + ttl`, or until it expires if that is sooner. */
  set(key: string, value: V, now: number, expiresAt: number): void {
    const until = Math.min(now + this.options.ttlMs, expiresAt);
    if (until <= now) return;
    this.entries.delete(key);
    this.entries.set(key, { value, until });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  /** Forgets every remembered session whose value matches (a user's, when they are revoked). */
  forget(matches: (value: V) => boolean): void {
    for (const [key, entry] of this.entries) if (matches(entry.value)) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
