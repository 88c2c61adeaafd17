/**
 * Group commit for the collector's writes: what arrives while a group's statement runs waits, and goes
 * into the next statement together with everything else that arrived meanwhile (at most `maxGroup`).
 * Each caller's promise settles with its own group: resolved once that statement has committed,
 * rejected when it failed. A request alone is written at once (no added wait); under load, one
 * statement carries many (PGlite runs one statement at a time, and each costs a round of its protocol).
 */
export class GroupCommit<In, Out> {
  private waiting: Array<{ input: In; resolve: (output: Out | PromiseLike<Out>) => void; reject: (error: unknown) => void }> = [];
  private running = false;

  constructor(
    /** Gives one output per input, in order; an output may be a promise of its own (a caller that failed alone). */
    private readonly run: (inputs: In[]) => Promise<Array<Out | PromiseLike<Out>>>,
    private readonly maxGroup = 64,
  ) {}

  add(input: In): Promise<Out> {
    const settled = new Promise<Out>((resolve, reject) => this.waiting.push({ input, resolve, reject }));
    if (!this.running) void this.drain();
    return settled;
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.waiting.length > 0) {
      // Requests whose bytes came in this turn of the event loop join the group: PGlite runs its
      // statements synchronously, so without this turn nothing else would be read while one runs.
      await new Promise((resolve) => setImmediate(resolve));
      const group = this.waiting.splice(0, this.maxGroup);
      try {
        const outputs = await this.run(group.map((entry) => entry.input));
        group.forEach((entry, i) => entry.resolve(outputs[i]!));
      } catch (error) {
        for (const entry of group) entry.reject(error);
      }
    }
    this.running = false;
  }
}
