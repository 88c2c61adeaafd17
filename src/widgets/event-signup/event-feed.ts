import { loadJsonFeed, quietGet, type FeedResult } from '../../core/json-feed.js';
import { eventFeedSchema, type EventFeed } from './event-signup.schema.js';
import type { SeatsInfo } from './event-signup.state.js';

export type { SeatsInfo };

export type EventFeedResult = FeedResult<EventFeed>;

/** Reads the team's events feed, validated before use. */
export function loadEventFeed(url: string, signal: AbortSignal, timeoutMs = 10_000): Promise<EventFeedResult> {
  return loadJsonFeed(eventFeedSchema, url, signal, { timeoutMs, maxChars: 1_000_000 });
}

/**
 * The seats route beside the endpoint, on the endpoint's own origin: `…/submissions` →
 * `…/events/<id>/seats` (the reference collector); any other endpoint path gets `/events/<id>/seats`
 * appended to its folder. Never another host.
 */
export function seatsUrl(endpoint: string, eventId: string): string {
  const url = new URL(endpoint);
  const folder = url.pathname.replace(/\/submissions\/?$/, '').replace(/\/[^/]*$/, (last) => (last.includes('.') ? '' : last)).replace(/\/+$/, '');
  const seats = new URL(`${folder}/events/${encodeURIComponent(eventId)}/seats`, url.origin);
  return seats.href;
}


const count = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Asks the endpoint for the live seat count; undefined when it cannot tell (the feed's count is used then). */
export async function fetchSeats(endpoint: string, eventId: string, signal: AbortSignal, timeoutMs = 8_000): Promise<SeatsInfo | undefined> {
  try {
    const response = await fetch(seatsUrl(endpoint, eventId), quietGet(signal, timeoutMs));
    if (!response.ok) return undefined;
    const body = (await response.json()) as Record<string, unknown>;
    const capacity = body.capacity === null ? null : count(body.capacity) ? body.capacity : undefined;
    const left = body.left === null ? null : count(body.left) ? body.left : undefined;
    if (capacity === undefined || left === undefined || !count(body.taken)) return undefined;
    return { capacity, left, taken: body.taken, waiting: count(body.waiting) ? body.waiting : 0 };
  } catch {
    return undefined;
  }
}
