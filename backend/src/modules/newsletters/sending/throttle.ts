/**
 * A token bucket shared by a worker's lanes: at most `perSecond` messages a second on average, in bursts of at
 * most `burst`. Zero means no limit. Waiters are served in order.
 */
export class Throttle {
  private tokens: number;
  private last: number;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly perSecond: number,
    private readonly burst = 1,
    private readonly now: () => number = Date.now,
    private readonly sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(): Promise<void> {
    if (this.perSecond <= 0) return Promise.resolve();
    this.chain = this.chain.then(async () => {
      const refill = () => {
        const t = this.now();
        this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
        this.last = t;
      };
      refill();
      if (this.tokens < 1) {
        await this.sleep(((1 - this.tokens) / this.perSecond) * 1000);
        refill();
      }
      this.tokens -= 1;
    });
    return this.chain;
  }
}
