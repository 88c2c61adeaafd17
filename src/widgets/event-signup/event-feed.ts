import { z } from '../../core/zod.js';
import { MspErrorEvent } from '../../core/events.js';
import { loadJsonFeed, type FeedResult } from '../../core/json-feed.js';
import type { FeedFailure } from '../../core/loader.js';
import { eventFeedSchema, type EventFeed } from './event-signup.schema.js';
import type { SeatsInfo } from './event-signup.state.js';

export type { SeatsInfo };

export type EventFeedResult = FeedResult<EventFeed>;

/** Reads the team's events feed, validated before use. */
export function loadEventFeed(url: string, signal: AbortSignal, timeoutMs = 10_000): Promise<EventFeedResult> {
  return loadJsonFeed(eventFeedSchema, url, signal, { timeoutMs, maxChars: 1_000_000 });
}

/** An unreadable feed: its problems to the console, and the `msp-error` the page receives. */
export function feedFailureEvent(failure: FeedFailure, url: string): MspErrorEvent {
  if (failure.problems) console.error(`[msp-event-signup] Flux d’événements invalide (${url}) :`, failure.problems);
  return new MspErrorEvent({
    kind: 'event-signup',
    reason: 'feed',
    message: failure.reason,
    ...(failure.httpStatus ? { httpStatus: failure.httpStatus } : {}),
    ...(failure.problems ? { problems: failure.problems } : {}),
  });
}

/**
 * The seats route beside the endpoint, on the endpoint's own origin: `…/submissions` →
 * `…/events/<id>/seats` (the reference collector); any other endpoint path gets `/events/<id>/seats`
 * appended to its folder. Never another host.
 */
export function seatsUrl(endpoint: string, eventId: string): string {
  const url = new URL(endpoint);
  const folder = url.pathname
    .replace(/\/submissions\/?$/, '')
    .replace(/\/[^/]*$/, (last) => (last.includes('.') ? '' : last))
    .replace(/\/+$/, '');
  const seats = new URL(`${folder}/events/${encodeURIComponent(eventId)}/seats`, url.origin);
  return seats.href;
}

const count = () => z.number().check(z.int(), z.gte(0));

/** What `GET /events/<id>/seats` answers (counts only; `capacity`/`left` null without a limit). Other keys are ignored. */
const seatsAnswerSchema = z.object({
  capacity: z.nullable(count()),
  taken: count(),
  left: z.nullable(count()),
  waiting: z.optional(count()),
});

/** Asks the endpoint for the live seat count; undefined when it cannot tell (the feed's count is used then). */
export async function fetchSeats(endpoint: string, eventId: string, signal: AbortSignal, timeoutMs = 8_000): Promise<SeatsInfo | undefined> {
  const result = await loadJsonFeed(seatsAnswerSchema, seatsUrl(endpoint, eventId), signal, { timeoutMs, maxChars: 10_000 });
  if (!result.ok) return undefined;
  const { capacity, taken, left, waiting } = result.feed;
  return { capacity, taken, left, waiting: waiting ?? 0 };
}
