/**
 * When to restart the server: once after a burst of setting changes has settled, and never in the
 * middle of a generation (restarting would lose it), but right after it.
 */
export class RestartScheduler {
  private timer: NodeJS.Timeout | undefined;
  private pending = false;
  private busy = 0;

  constructor(
    private readonly restart: () => Promise<void>,
    private readonly delayMs = 750,
  ) {}

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.busy > 0) {
        this.pending = true;
      } else {
        void this.restart();
      }
    }, this.delayMs);
  }

  /** Runs work that needs the server; a restart that comes due meanwhile waits for it. */
  async whileBusy<T>(work: () => Promise<T>): Promise<T> {
    this.busy += 1;
    try {
      return await work();
    } finally {
      this.busy -= 1;
      if (this.busy === 0 && this.pending) {
        this.pending = false;
        void this.restart();
      }
    }
  }

  /** A restart that happens now makes any scheduled or postponed one unnecessary. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = false;
  }
}
