import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TEAM_ANSWERS_NAMESPACE } from '../ideas.js';
import { ResultsData } from '../results-data.js';
import type { LoadState, ResultsContext } from '../results.state.js';
import { LocalSource, RemoteFormatError, RemoteSource, RemoteUnavailableError, UnauthorizedError, type ResultItem, type ResultsSource } from '../sources.js';

/**
 * Reads a source (this browser or the collector) with an AbortSignal: a newer read or the element
 * leaving the page cancels the one under way. Pending, complete and each failure are written in
 * `state` and said in the status region.
 */
export class ResultsLoadController implements ReactiveController {
  state: LoadState = { status: 'idle' };
  /** The source of the last successful read. */
  source: ResultsSource | undefined;
  data = new ResultsData();
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: ResultsContext,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** True once a read of this device succeeded: deletion and purge are offered. */
  get local(): boolean {
    return this.source instanceof LocalSource;
  }

  /** Back to nothing loaded (a new source, a forgotten token). */
  reset(): void {
    this.abort?.abort();
    this.source = undefined;
    this.data = new ResultsData();
    this.state = { status: 'idle' };
    this.host.requestUpdate();
  }

  /** No read possible (no storage): says so. */
  fail(reason: 'storage'): void {
    this.state = { status: 'error', reason };
    this.context.say(this.context.t.storageUnavailable);
    this.host.requestUpdate();
  }

  async load(source: ResultsSource): Promise<LoadState> {
    const t = this.context.t;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.state = { status: 'loading' };
    this.context.say(t.loading);
    this.host.requestUpdate();
    try {
      const items = await source.list(undefined, abort.signal);
      if (abort.signal.aborted) return this.state;
      this.source = source;
      this.data = new ResultsData(items, source.actions);
      this.state = { status: 'ready' };
      const ignored = source instanceof RemoteSource ? source.ignored : 0;
      this.context.say(`${t.loaded(items.length)}${ignored ? ` ${t.ignored(ignored)}` : ''}`);
    } catch (error) {
      if (abort.signal.aborted) return this.state;
      this.state = failure(error);
      this.context.say(this.failureMessage(this.state));
    }
    this.host.requestUpdate();
    return this.state;
  }

  async refresh(): Promise<void> {
    if (this.source) await this.load(this.source);
  }

  /**
   * Deletes items from this device, in the order given, with the team's answers to deleted ideas;
   * returns how many. Rejects when the storage fails (the caller says so).
   */
  async deleteLocal(items: ResultItem[]): Promise<number> {
    const store = await this.context.openStore();
    if (!store || !(this.source instanceof LocalSource)) throw new Error('storage unavailable');
    const count = await this.source.delete(items);
    await Promise.all(items.filter((item) => item.kind === 'idea').map((item) => store.deleteDocument(TEAM_ANSWERS_NAMESPACE, item.id)));
    return count;
  }

  private failureMessage(state: LoadState): string {
    const t = this.context.t;
    if (state.status !== 'error') return '';
    if (state.reason === 'unauthorized') return t.tokenRefused;
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
