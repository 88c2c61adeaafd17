// The events feed as the list reads it: loaded when the widget names one (its check, zod, comes with
// it from event-feed.ts, never on the first render), a failure told as an `msp-error`, and where it
// stands in the words the views use.
import type { ReactiveControllerHost } from 'lit';
import { absoluteUrl } from '../../core/config.js';
import { FeedTask, TaskStatus } from '../../core/loader.js';
import type { EventFeed, EventItem } from './event-signup.schema.js';
import type { FeedStatus } from './event-signup.state.js';

export class EventFeedTask extends FeedTask<EventFeed> {
  /** `feed`: the feed's address as configured; undefined when there is none or the configuration is wrong. */
  constructor(host: ReactiveControllerHost & EventTarget, feed: () => string | undefined) {
    super(host, {
      url: () => {
        const url = feed();
        return url ? absoluteUrl(url) : undefined;
      },
      load: async (url, signal) => (await import('./event-feed.js')).loadEventFeed(url, signal),
      onFailure: (failure, url) => void import('./event-feed.js').then(({ feedFailureEvent }) => host.dispatchEvent(feedFailureEvent(failure, url))),
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
