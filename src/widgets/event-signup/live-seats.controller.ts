import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SeatsInfo } from './event-signup.state.js';
import { fetchSeats } from './event-feed.js';

/** Where to ask and for which events, read at each update. */
export interface SeatsQuery {
  /** The endpoint (absolute); undefined when signups stay in this browser: nothing is asked. */
  endpoint: string | undefined;
  eventIds: readonly string[];
}

const none: ReadonlyMap<string, SeatsInfo> = new Map();

/**
 * The live seat count of the events shown, asked of the endpoint's own seats route (never another
 * host) through the bounded JSON loader, with its check (event-feed.ts): in the module loaded on demand with
 * the first question (event-sources.ts). A `@lit/task` Task (as the shared FeedTask): it runs when the
 * endpoint or the events change, aborts the run it replaces and ignores a stale answer; the last
 * counts stay shown meanwhile. `refresh` asks again for the same events (after a signup, the count
 * has moved); leaving the page aborts, coming back asks again.
 */
export class LiveSeatsController implements ReactiveController {
  private generation = 0;
  private away = false;
  private readonly task: Task<[string | undefined, string, number], ReadonlyMap<string, SeatsInfo>>;

  constructor(
    private readonly host: ReactiveControllerHost,
    query: () => SeatsQuery,
  ) {
    this.task = new Task(host, {
      args: () => {
        const { endpoint, eventIds } = query();
        return [endpoint, eventIds.join('\n'), this.generation];
      },
      task: async ([endpoint, ids], { signal }) => {
        if (!endpoint || !ids) return none;
        const answers = await Promise.all(ids.split('\n').map(async (id) => [id, await fetchSeats(endpoint, id, signal)] as const));
        signal.throwIfAborted();
        return new Map(answers.filter((answer): answer is readonly [string, SeatsInfo] => answer[1] !== undefined));
      },
    });
    host.addController(this);
  }

  /** The counts the endpoint gave, by event id (an event it could not count is absent). */
  get seats(): ReadonlyMap<string, SeatsInfo> {
    return this.task.value ?? none;
  }

  /** Asks again at the next update, even for the same events. */
  refresh(): void {
    this.generation += 1;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Back on the page: the counts may have moved, and a run cut short never answered.
    if (this.away) this.refresh();
    this.away = false;
  }

  hostDisconnected(): void {
    this.away = true;
    this.task.abort();
  }
}
