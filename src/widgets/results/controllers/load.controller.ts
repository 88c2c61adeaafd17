import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { ResultsData } from '../results-data.js';
import type { LoadState, ResultsContext } from '../results.state.js';
import { LocalSource, RemoteFormatError, RemoteSource, RemoteUnavailableError, UnauthorizedError, type ResultItem, type ResultsSource } from '../sources.js';

/** A read that succeeded: where from, and what. */
interface Loaded {
  source: ResultsSource;
  data: ResultsData;
}

const nothingLoaded = new ResultsData();

/** How often the view is redrawn while a read arrives (ms): the figures fill in, the page stays light. */
export const REDRAW_MS = 500;
/** A redraw waits this many times as long as the last one took: drawing keeps under an eighth of the read's time. */
export const REDRAW_SHARE = 8;
/** How often the status region says how far the read is (ms): a screen reader hears it now and then, not at every batch. */
export const PROGRESS_SAY_MS = 4_000;

/**
 * Reads a source (this browser or the collector) as a `@lit/task` Task, the shared loader (see
 * src/core/loader.ts): a newer read aborts the one under way and a stale answer is ignored; leaving
 * the page aborts it. The outcome of the latest read is said in the status region.
 *
 * While a read arrives, `reading` is what came so far (issue 16: 100,000 responses take seconds):
 * the view shows its panel at once and the figures fill in, redrawn every REDRAW_MS at most; the
 * status region says "Lecture des contributions : 34 000…" every PROGRESS_SAY_MS. `data` stays the
 * last complete read: what exports, deletions and reports work on.
 */
export class ResultsLoadController {
  private readonly task: Task<[ResultsSource | undefined], Loaded>;
  /** The store could not be opened: nothing to read. */
  private storageMissing = false;
  /** The read under way: what came so far. */
  private partial: ResultsData | undefined;
  private redrawnAt = 0;
  private saidAt = 0;
  private updateStartedAt = 0;
  /** How long the last update of the view took (ms). */
  private redrawMs = 0;
  private redrawLater: ReturnType<typeof setTimeout> | undefined;
  /** The source of the read under way (undefined when none). */
  private readingFrom: ResultsSource | undefined;
  /**
   * A read the element's leaving the page aborted (a page builder moving it): read again when it
   * comes back, as FeedTask does (src/core/loader.ts); `again` resolves once that read is over.
   */
  private interrupted: { source: ResultsSource; again: Promise<void>; over: () => void } | undefined;
  /** Counts the reads started again: only the latest one ends the interruption. */
  private resumes = 0;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: ResultsContext,
    /** The clock (a test may pass its own to hear the progress at every batch). */
    private readonly now: () => number = () => performance.now(),
  ) {
    this.task = new Task(host, {
      autoRun: false,
      task: async ([source], { signal }) => {
        this.readingFrom = source;
        if (!source) return initialState;
        const data = (this.partial = ResultsData.reading());
        [this.redrawnAt, this.saidAt] = [this.now(), this.now()];
        try {
          const items = await source.list(undefined, signal, (batch) => this.arrived(data, batch));
          // A source that gave its items only at the end (or not all of them as they came): as it says.
          if (data.items.length !== items.length) return { source, data: new ResultsData(items, source.actions, source.capacities) };
          return { source, data: data.finish(source.actions, source.capacities) };
        } finally {
          // Only this read's own redraw: a newer read may have armed its own already.
          if (this.partial === data) {
            this.partial = undefined;
            this.readingFrom = undefined;
            this.cancelRedraw();
          }
        }
      },
      onComplete: ({ source, data }) => {
        const t = this.context.t;
        const ignored = source instanceof RemoteSource ? source.ignored : 0;
        this.context.say(`${t.loaded(data.items.length)}${ignored ? ` ${t.ignored(ignored)}` : ''}`);
      },
      onError: (error) => {
        if (!aborted(error)) this.context.say(this.failureMessage(failure(error)));
      },
    });
    host.addController({
      hostConnected: () => this.resume(),
      hostDisconnected: () => {
        this.connected = false;
        if (this.task.status !== TaskStatus.PENDING || !this.readingFrom) return;
        if (!this.interrupted) {
          let over = () => {};
          const again = new Promise<void>((resolve) => (over = resolve));
          this.interrupted = { source: this.readingFrom, again, over };
        }
        this.task.abort();
      },
      // How long a redraw takes (render and commit): the next one waits REDRAW_SHARE times as long.
      hostUpdate: () => void (this.updateStartedAt = this.now()),
      hostUpdated: () => void (this.redrawMs = this.now() - this.updateStartedAt),
    });
  }

  get state(): LoadState {
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return { status: 'loading' };
      case TaskStatus.COMPLETE:
        return { status: 'ready' };
      case TaskStatus.ERROR:
        // Aborted by the element's leaving: not a failure; the read starts again when it comes back.
        return aborted(this.task.error) ? { status: 'loading' } : failure(this.task.error);
      default:
        return this.storageMissing ? { status: 'error', reason: 'storage' } : { status: 'idle' };
    }
  }
  /** What the last read gave (nothing while reading or after a failure). */
  get data(): ResultsData {
    return this.loaded?.data ?? nothingLoaded;
  }

  /** While a read arrives: what came so far (its figures fill in); undefined otherwise. */
  get reading(): ResultsData | undefined {
    return this.task.status === TaskStatus.PENDING ? this.partial : undefined;
  }

  /** A batch of the read under way: added, then the view redrawn and the progress said, each now and then. */
  private arrived(data: ResultsData, batch: readonly ResultItem[]): void {
    if (data !== this.partial || !data.growing) return;
    data.append(batch);
    const now = this.now();
    const progress = this.context.t.readingProgress(roundedDown(data.items.length));
    if (now - this.saidAt >= PROGRESS_SAY_MS && progress !== this.context.status()) {
      this.saidAt = now;
      this.context.say(progress);
    }
    // At most every REDRAW_MS, and never more than 1 / REDRAW_SHARE of the time (a large panel on a slow phone).
    const wait = Math.max(REDRAW_MS, REDRAW_SHARE * this.redrawMs);
    if (now - this.redrawnAt >= wait) this.redraw();
    // The stream may pause (a slow network): what came shows anyway.
    else this.redrawLater ??= setTimeout(() => this.redraw(), wait);
  }

  private redraw(): void {
    this.cancelRedraw();
    this.redrawnAt = this.now();
    this.host.requestUpdate();
  }

  /** The element is back: a read its leaving aborted starts again, from the same source. */
  private resume(): void {
    this.connected = true;
    const interrupted = this.interrupted;
    if (!interrupted) return;
    const resume = ++this.resumes;
    void this.task.run([interrupted.source]).then(() => {
      // Over unless the element left again (that read aborted too) or a newer one started.
      if (!this.connected || resume !== this.resumes || this.interrupted !== interrupted) return;
      this.interrupted = undefined;
      interrupted.over();
    });
  }

  /** A newer read (or none): an interrupted one is not resumed. */
  private forgetInterrupted(): void {
    this.interrupted?.over();
    this.interrupted = undefined;
  }

  /** No redraw pending: the timer cleared and forgotten, so the next read's `??=` arms its own. */
  private cancelRedraw(): void {
    clearTimeout(this.redrawLater);
    this.redrawLater = undefined;
  }

  /** The source of the last successful read. */
  get source(): ResultsSource | undefined {
    return this.loaded?.source;
  }

  /** True once a read of this device succeeded: deletion and purge are offered. */
  get local(): boolean {
    return this.source instanceof LocalSource;
  }

  private get loaded(): Loaded | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** Back to nothing loaded (a new source, a forgotten token). */
  async reset(): Promise<void> {
    this.storageMissing = false;
    this.forgetInterrupted();
    await this.task.run([undefined]);
  }

  /** No read possible (no storage): says so. */
  async fail(reason: 'storage'): Promise<void> {
    await this.reset();
    this.storageMissing = reason === 'storage';
    this.context.say(this.context.t.storageUnavailable);
  }

  /** Reads the source; resolves to the state it leads to. */
  async load(source: ResultsSource): Promise<LoadState> {
    this.storageMissing = false;
    this.forgetInterrupted();
    this.context.say(this.context.t.loading);
    await this.task.run([source]);
    // The element left the page meanwhile: the state this leads to is that of the read done again.
    while (this.interrupted?.source === source) await this.interrupted.again;
    return this.state;
  }

  async refresh(): Promise<void> {
    if (this.source) await this.load(this.source);
  }

  /**
   * Deletes items from this device, in the order given, with the team's answers to deleted ideas;
   * then `deleted()` (the caller closes its confirmation), a new read, and `done(count)` said in the
   * status region. When the storage fails, says so and returns false.
   */
  async deleteLocal(items: ResultItem[], deleted: () => void, done: (count: number) => string): Promise<boolean> {
    let count: number;
    try {
      if (!(this.source instanceof LocalSource)) throw new Error('not a local source');
      count = await this.source.delete(items);
    } catch {
      this.context.say(this.context.t.storageUnavailable);
      return false;
    }
    deleted();
    await this.refresh();
    this.context.say(done(count));
    return true;
  }

  private failureMessage(state: LoadState): string {
    const t = this.context.t;
    if (state.status !== 'error') return '';
    if (state.reason === 'unauthorized') return this.context.settings.restNonce ? t.sessionRefused : t.tokenRefused;
    if (state.reason === 'format') return t.badFormat;
    if (state.reason === 'unavailable') return state.httpStatus ? t.unavailableStatus(state.httpStatus) : t.unavailable;
    return t.storageUnavailable;
  }
}

/** A count said while reading: rounded down to the thousand from 1,000 on (34,512 → 34,000); the strings say it as given. */
function roundedDown(count: number): number {
  return count >= 1000 ? count - (count % 1000) : count;
}

/** True for the error of a read that was aborted (not a failure). */
function aborted(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The load state a read failure leads to. */
export function failure(error: unknown): LoadState {
  if (error instanceof UnauthorizedError) return { status: 'error', reason: 'unauthorized' };
  if (error instanceof RemoteFormatError) return { status: 'error', reason: 'format' };
  if (error instanceof RemoteUnavailableError) return { status: 'error', reason: 'unavailable', httpStatus: error.httpStatus };
  return { status: 'error', reason: 'storage' };
}
