// The events feed as the list reads it: loaded when the widget names one, a failure told as an
// `msp-error`, and where it stands in the words the views use. In the module loaded on demand with the
// first feed (event-sources.ts), with its check (event-feed.ts, zod): never on the first render.
import type { ReactiveControllerHost } from 'lit';
import { absoluteUrl } from '../../core/config.js';
import { FeedTask, TaskStatus } from '../../core/loader.js';
import type { EventFeed, EventItem } from './event-signup.schema.js';
import type { FeedStatus } from './event-signup.state.js';
import { feedFailureEvent, loadEventFeed } from './event-feed.js';

export class EventFeedTask extends FeedTask<EventFeed> {
  /** `feed`: the feed's address as configured; undefined when there is none or the configuration is wrong. */
  constructor(host: ReactiveControllerHost & EventTarget, feed: () => string | undefined) {
    super(host, {
      url: () => {
        const url = feed();
        return url ? absoluteUrl(url) : undefined;
      },
      load: (url, signal) => loadEventFeed(url, signal),
      onFailure: (failure, url) => host.dispatchEvent(feedFailureEvent(failure, url)),
    });
  }

  /** Where the feed stands, for the list. */
  get feedStatus(): FeedStatus {
    const status = this.status;
    return status === TaskStatus.PENDING ? 'loading' : status === TaskStatus.COMPLETE ? 'ready' : status === TaskStatus.ERROR ? 'failed' : 'none';
  }

  /** The feed's events once it was read; none before, or when it could not be. */
  get events(): EventItem[] {
    return this.status === TaskStatus.COMPLETE ? (this.value?.events ?? []) : [];
  }
}
