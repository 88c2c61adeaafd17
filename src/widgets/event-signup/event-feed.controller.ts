import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MspErrorEvent } from '../../core/events.js';
import { loadEventFeed } from './event-feed.js';
import type { FeedState } from './event-signup.state.js';

/**
 * The team's events feed: loaded when its URL is set or changes, validated, and its state rendered
 * (loading, ready, failed). A failure is said in the console for the webmaster and as `msp-error`
 * (`reason: 'feed'`); the widget keeps showing the inline events.
 */
export class EventFeedController implements ReactiveController {
  state: FeedState = { status: 'none' };
  private url: string | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * Follows the feed's URL (absolute, or undefined for none). Call it from `willUpdate`: the state it
   * sets is rendered in the same update, without a second one.
   */
  follow(url: string | undefined): void {
    if (url === this.url) return;
    this.url = url;
    this.abort?.abort();
    if (url) void this.load(url);
    else this.state = { status: 'none' };
  }

  private async load(url: string): Promise<void> {
    const abort = (this.abort = new AbortController());
    this.state = { status: 'loading' };
    const result = await loadEventFeed(url, abort.signal);
    if (abort.signal.aborted) return;
    this.host.requestUpdate();
    if (result.ok) {
      this.state = { status: 'ready', events: result.feed.events };
      return;
    }
    this.state = { status: 'failed' };
    if (result.problems) console.error(`[msp-event-signup] Flux d’événements invalide (${url}) :`, result.problems);
    this.host.dispatchEvent(
      new MspErrorEvent({
        kind: 'event-signup',
        reason: 'feed',
        message: result.reason,
        ...(result.httpStatus ? { httpStatus: result.httpStatus } : {}),
        ...(result.problems ? { problems: result.problems } : {}),
      }),
    );
  }

  hostDisconnected(): void {
    this.abort?.abort();
    // Back on the page: load again (the aborted load never finished).
    if (this.state.status === 'loading') this.url = undefined;
  }
}
