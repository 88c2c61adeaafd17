/**
 * Loading a feed or a definition the team publishes, rendered as pending / complete / error: a
 * `@lit/task` Task (the Lit team's controller: runs when its arguments change, aborts the run it
 * replaces, ignores a stale answer) whose work is the bounded `loadJsonFeed`, plus what Task leaves
 * out: the fetch is aborted when the element leaves the page, and starts again if it comes back.
 *
 * ```ts
 * private readonly feed = new FeedTask(this, {
 *   url: () => (this.configured && this.settings.feed ? absoluteUrl(this.settings.feed) : undefined),
 *   load: (url, signal) => loadIdeaFeed(url, signal),
 *   onFailure: (failure, url) => this.dispatchEvent(new MspErrorEvent({ kind: 'idea', reason: 'feed', … })),
 * });
 * // in render():
 * ${this.feed.render({
 *   pending: () => html`<p>${t.feedLoading}</p>`,
 *   complete: (feed) => renderFeedList(feed),
 *   error: () => html`<p class="notice">${t.feedUnavailable}</p>`,
 * })}
 * ```
 * No URL (undefined) puts the task back in its initial state: `render` then calls `initial`.
 */
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { FeedResult } from './json-feed.js';

export { TaskStatus, initialState };

/** Why a feed could not be used: the failed `FeedResult`. */
export type FeedFailure = Extract<FeedResult<unknown>, { ok: false }>;

/** The error a FeedTask ends in when its feed could not be read or was invalid. */
export class FeedError extends Error {
  constructor(
    readonly failure: FeedFailure,
    readonly url: string,
  ) {
    super(`feed ${url}: ${failure.reason}${failure.httpStatus ? ` ${failure.httpStatus}` : ''}`);
    this.name = 'FeedError';
  }
}

export interface FeedTaskOptions<T> {
  /** The address to read now (absolute); undefined when there is nothing to load. */
  url: () => string | undefined;
  /** Reads and validates it: `loadJsonFeed` with the feed's schema and bounds. */
  load: (url: string, signal: AbortSignal) => Promise<FeedResult<T>>;
  /** Called once for each load that failed (never for an aborted one). */
  onFailure?: (failure: FeedFailure, url: string) => void;
}

export class FeedTask<T> extends Task<[string | undefined], T> {
  private abortedByDisconnect = false;

  constructor(host: ReactiveControllerHost, options: FeedTaskOptions<T>) {
    super(host, {
      args: () => [options.url()],
      task: async ([url], { signal }) => {
        if (!url) return initialState;
        const result = await options.load(url, signal);
        signal.throwIfAborted();
        if (result.ok) return result.feed;
        options.onFailure?.(result, url);
        throw new FeedError(result, url);
      },
    });
    host.addController({
      hostConnected: () => {
        if (!this.abortedByDisconnect) return;
        this.abortedByDisconnect = false;
        void this.run();
      },
      hostDisconnected: () => {
        if (this.status !== TaskStatus.PENDING) return;
        this.abortedByDisconnect = true;
        this.abort();
      },
    });
  }

  /** Why the last load failed, when it did. */
  get failure(): FeedFailure | undefined {
    return this.status === TaskStatus.ERROR && this.error instanceof FeedError ? this.error.failure : undefined;
  }
}
