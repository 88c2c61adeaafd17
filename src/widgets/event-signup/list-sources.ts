// The list's feed and live seat counts, as the component reads them, without what they run on: the
// module that reads the network (event-sources.ts: @lit/task, the feed loader, the checks) is loaded
// on demand with the first feed to read or seats to ask — in the update that first needs it, as the
// feed's check was before — so that the first download holds only what draws the list.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OnDemand } from '../../core/on-demand.js';
import type { EventItem } from './event-signup.schema.js';
import type { FeedStatus, SeatsInfo } from './event-signup.state.js';
import type * as Sources from './event-sources.js';

const noSeats: ReadonlyMap<string, SeatsInfo> = new Map();

export class ListSources implements ReactiveController {
  /** The feed and the seats at work, made as their module arrives (`loaded`: never asked from here). */
  private readonly module: OnDemand<Sources.EventSources>;
  /** Not asked yet, on its way, or could not be loaded (offline: the feed is unreadable, the seats are the feed's). */
  private state: 'idle' | 'asking' | 'failed' = 'idle';

  /**
   * @internal The module; static so that a test can make it slow or fail.
   */
  static load = (): Promise<typeof Sources> => import('./event-sources.js');

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly query: Sources.SourcesQuery,
  ) {
    // Made as the module arrives, before the update it asks for: their first run starts in it. Never
    // asked when the browser is idle: in the update that first needs it (hostUpdate), once.
    this.module = new OnDemand(
      host,
      () => ListSources.load().then((module) => new module.EventSources(host, query)),
      () => false,
    );
    host.addController(this);
  }

  /** A feed to read, or seats to ask of an endpoint. */
  private get needed(): boolean {
    const seats = this.query.seats();
    return this.query.feed() !== undefined || (seats.endpoint !== undefined && seats.eventIds.length > 0);
  }

  hostUpdate(): void {
    if (this.state !== 'idle' || !this.needed) return;
    this.state = 'asking';
    this.module.load().catch(() => {
      this.state = 'failed';
      this.host.requestUpdate();
    });
  }

  /** Where the feed stands, for the list: "loading" from the first update while its module comes. */
  get feedStatus(): FeedStatus {
    const sources = this.module.loaded;
    if (sources) return sources.feed.feedStatus;
    return this.query.feed() === undefined ? 'none' : this.state === 'failed' ? 'failed' : 'loading';
  }

  /** The feed's events once it was read; none before, or when it could not be. */
  get events(): EventItem[] {
    return this.module.loaded?.feed.events ?? [];
  }

  /** The counts the endpoint gave, by event id; none until it answered. */
  get seats(): ReadonlyMap<string, SeatsInfo> {
    return this.module.loaded?.seats.seats ?? noSeats;
  }

  /** Asks the endpoint again for the same events (after a signup, the count has moved). */
  refresh(): void {
    this.module.loaded?.seats.refresh();
  }
}
