/**
 * A fixed-window counter per client, in memory: enough for one CMS process (the deployment runs
 * one); several processes would each count on their own, so a shared store would be needed there.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one attempt; false when the client already made `limit` attempts in the window. */
  allow(client: string, now: number = Date.now()): boolean {
    const recent = (this.hits.get(client) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(client, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(client, recent);
    if (this.hits.size > 10_000) this.forgetIdle(now);
    return true;
  }

  private forgetIdle(now: number): void {
    for (const [client, times] of this.hits) if (times.every((at) => now - at >= this.windowMs)) this.hits.delete(client);
  }
}

/** The client's address: the first X-Forwarded-For hop (set by the reverse proxy), else X-Real-IP. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
