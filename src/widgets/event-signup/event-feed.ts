import { checkConfig, type ConfigProblem } from '../../core/config.js';
import { eventFeedSchema, type EventFeed } from './event-signup.schema.js';

export type EventFeedResult =
  | { ok: true; feed: EventFeed }
  | { ok: false; reason: 'network' | 'http' | 'format'; problems?: ConfigProblem[]; httpStatus?: number };

const MAX_FEED_CHARS = 1_000_000;

const quietGet = (signal: AbortSignal, timeoutMs: number): RequestInit => ({
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  headers: { Accept: 'application/json' },
  signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
});

/** Reads the team's events feed: no cookie, no referrer, bounded in time and size, validated before use. */
export async function loadEventFeed(url: string, signal: AbortSignal, timeoutMs = 10_000): Promise<EventFeedResult> {
  let response: Response;
  try {
    response = await fetch(url, quietGet(signal, timeoutMs));
  } catch {
    return { ok: false, reason: 'network' };
  }
  if (!response.ok) return { ok: false, reason: 'http', httpStatus: response.status };
  let json: unknown;
  try {
    const body = await response.text();
    if (body.length > MAX_FEED_CHARS) return { ok: false, reason: 'format' };
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'format' };
  }
  const checked = checkConfig(eventFeedSchema, json, 'config', 'feed');
  return checked.ok ? { ok: true, feed: checked.value } : { ok: false, reason: 'format', problems: checked.problems };
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

/** What the seats route answers (counts only). */
export interface SeatsInfo {
  capacity: number | null;
  taken: number;
  left: number | null;
  waiting: number;
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
