/**
 * Group commit: what is asked while a group's write is under way waits, and goes into the next write
 * together with everything else asked meanwhile (at most `maxGroup`). Each caller's promise settles
 * with ITS group: resolved once that write has committed, rejected when it failed (a failed group leaves
 * every one of its writes undone, as one transaction does). A request alone is written at once.
 *
 * Used by the browser's outbox (one IndexedDB transaction for the re-reads, one for the deletes, of items
 * whose turns come close together: readwrite transactions on one store run one after another) and by the
 * collector (one multi-row insert: PGlite runs one statement at a time, each a round of its protocol).
 * Plain TypeScript: no DOM, no Node.
 */
export class GroupCommit<In, Out> {
  private waiting: Array<{ input: In; resolve: (output: Out | PromiseLike<Out>) => void; reject: (error: unknown) => void }> = [];
  private running = false;

  constructor(
    /** Gives one output per input, in order; an output may be a promise of its own (a caller that failed alone). */
    private readonly run: (inputs: In[]) => Promise<Array<Out | PromiseLike<Out>>>,
    private readonly options: {
      maxGroup: number;
      /**
       * Awaited before each group is taken, so that what is asked meanwhile joins it: a microtask in the
       * browser (the same task's requests), a turn of Node's event loop in the collector (the requests
       * whose bytes came in meanwhile; PGlite's statements run synchronously).
       */
      gather: () => Promise<unknown>;
    },
  ) {}

  add(input: In): Promise<Out> {
    const settled = new Promise<Out>((resolve, reject) => this.waiting.push({ input, resolve, reject }));
    if (!this.running) void this.drain();
    return settled;
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.waiting.length > 0) {
      await this.options.gather();
      const group = this.waiting.splice(0, this.options.maxGroup);
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
