import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchSeats } from './event-feed.js';
import type { SeatsInfo } from './event-signup.state.js';

/**
 * The live seat count of the events shown, asked of the endpoint's own seats route (never another
 * host). The host calls `follow` after each update; a request goes out only when the endpoint or the
 * events change, or when forced (back from a signup: the count has moved). A newer request aborts
 * the older one, and leaving the page aborts both.
 */
export class LiveSeatsController implements ReactiveController {
  /** The counts the endpoint gave, by event id (an event it could not count is absent). */
  seats: ReadonlyMap<string, SeatsInfo> = new Map();
  private key = '';
  private abort: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Asks for the seats of these events at this endpoint, unless that was the last question (or `force`). */
  follow(endpoint: string | undefined, eventIds: readonly string[], force = false): void {
    const key = `${endpoint ?? ''}|${eventIds.join(',')}`;
    if (!force && key === this.key) return;
    this.key = key;
    this.abort?.abort();
    if (!endpoint || eventIds.length === 0) return;
    const abort = (this.abort = new AbortController());
    void Promise.all(eventIds.map(async (id) => [id, await fetchSeats(endpoint, id, abort.signal)] as const)).then((answers) => {
      if (abort.signal.aborted) return;
      const seats = new Map<string, SeatsInfo>();
      for (const [id, info] of answers) if (info) seats.set(id, info);
      this.seats = seats;
      this.host.requestUpdate();
    });
  }

  /** The next `follow` asks again even for the same events (their count has moved). */
  invalidate(): void {
    this.key = '';
  }

  hostDisconnected(): void {
    this.abort?.abort();
    // Back on the page: ask again.
    this.key = '';
  }
}
