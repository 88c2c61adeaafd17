// The list's data from the network, in one module loaded on demand (list-sources.ts): the team's
// feed (EventFeedTask) and the endpoint's live seat counts (LiveSeatsController), with what they run
// on — @lit/task, the feed loader, and their checks (event-feed.ts, zod). It comes with the first feed
// to read or seats to ask, where the feed's check used to come alone: the list's first screen never
// waits for it, and a page with neither never downloads it.
import type { ReactiveControllerHost } from 'lit';
import { EventFeedTask } from './event-feed.task.js';
import { LiveSeatsController, type SeatsQuery } from './live-seats.controller.js';

/** What the component asks of the network, read at each update. */
export interface SourcesQuery {
  /** The feed's address as configured; undefined when there is none or the configuration is wrong. */
  feed(): string | undefined;
  seats(): SeatsQuery;
}

/** The feed and the live seat counts of one element, as controllers added to it. */
export class EventSources {
  readonly feed: EventFeedTask;
  readonly seats: LiveSeatsController;

  constructor(host: ReactiveControllerHost & EventTarget, query: SourcesQuery) {
    this.feed = new EventFeedTask(host, query.feed);
    this.seats = new LiveSeatsController(host, query.seats);
  }
}
