/**
 * Tokens kept in memory only (never in storage, never in a URL), keyed by scope set, and
 * treated as expired a minute early so a request never leaves with a token about to lapse.
 *
 * `cache.put(['a'], 'tok', now + 3_600_000)`; `cache.get(['a'], now)` → `'tok'`;
 * `cache.get(['a'], now + 3_550_000)` → `undefined` (inside the last minute).
 */
export class TokenCache {
  static readonly EARLY_EXPIRY_MS = 60_000;
  readonly #entries = new Map<string, { token: string; expiresAt: number }>();

  static key(scopes: readonly string[]): string {
    return [...scopes]
      .map((s) => s.toLowerCase())
      .sort()
      .join(' ');
  }

  get(scopes: readonly string[], now: number): string | undefined {
    const entry = this.#entries.get(TokenCache.key(scopes));
    if (!entry || entry.expiresAt - TokenCache.EARLY_EXPIRY_MS <= now) return undefined;
    return entry.token;
  }

  put(scopes: readonly string[], token: string, expiresAt: number): void {
    this.#entries.set(TokenCache.key(scopes), { token, expiresAt });
  }

  /** Drops this token wherever it is cached; returns whether it was. */
  invalidate(token: string): boolean {
    let found = false;
    for (const [key, entry] of this.#entries) {
      if (entry.token === token) {
        this.#entries.delete(key);
        found = true;
      }
    }
    return found;
  }

  clear(): void {
    this.#entries.clear();
  }
}
