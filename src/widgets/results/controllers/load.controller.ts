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

/**
 * Reads a source (this browser or the collector) as a `@lit/task` Task, the shared loader (see
 * src/core/loader.ts): a newer read aborts the one under way and a stale answer is ignored; leaving
 * the page aborts it. The outcome of the latest read is said in the status region.
 */
export class ResultsLoadController {
  private readonly task: Task<[ResultsSource | undefined], Loaded>;
  /** The store could not be opened: nothing to read. */
  private storageMissing = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly context: ResultsContext,
  ) {
    this.task = new Task(host, {
      autoRun: false,
      task: async ([source], { signal }) => {
        if (!source) return initialState;
        const items = await source.list(undefined, signal);
        return { source, data: new ResultsData(items, source.actions, source.capacities) };
      },
      onComplete: ({ source, data }) => {
        const t = this.context.t;
        const ignored = source instanceof RemoteSource ? source.ignored : 0;
        this.context.say(`${t.loaded(data.items.length)}${ignored ? ` ${t.ignored(ignored)}` : ''}`);
      },
      onError: (error) => {
        if (!(error instanceof DOMException && error.name === 'AbortError')) this.context.say(this.failureMessage(failure(error)));
      },
    });
    host.addController({ hostDisconnected: () => this.task.abort() });
  }

  get state(): LoadState {
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return { status: 'loading' };
      case TaskStatus.COMPLETE:
        return { status: 'ready' };
      case TaskStatus.ERROR:
        return failure(this.task.error);
      default:
        return this.storageMissing ? { status: 'error', reason: 'storage' } : { status: 'idle' };
    }
  }
  /** What the last read gave (nothing while reading or after a failure). */
  get data(): ResultsData {
    return this.loaded?.data ?? nothingLoaded;
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
    this.context.say(this.context.t.loading);
    await this.task.run([source]);
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

/** The load state a read failure leads to. */
export function failure(error: unknown): LoadState {
  if (error instanceof UnauthorizedError) return { status: 'error', reason: 'unauthorized' };
  if (error instanceof RemoteFormatError) return { status: 'error', reason: 'format' };
  if (error instanceof RemoteUnavailableError) return { status: 'error', reason: 'unavailable', httpStatus: error.httpStatus };
  return { status: 'error', reason: 'storage' };
}
