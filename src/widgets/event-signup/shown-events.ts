// Which events the widget offers and how many seats it says are left: pure functions of the inline
// events, the feed, the endpoint's live counts and the clock, so each rule is tested alone.
import { availability, parseEventTime, type Availability } from '../../contracts/event-time.js';
import { healthRelatedKinds, isCallForCandidatesKind } from '../../contracts/event-kinds.js';
import type { EventItem } from './event-signup.schema.js';
import type { SeatsInfo, SeatsShown, ShownEvent } from './event-signup.state.js';

/** A call for candidates (committee, patient partner, ETP co-facilitation, working group): a candidacy, no seat count. */
export const isCandidacy = (event: EventItem): boolean => isCallForCandidatesKind(event.kind);

/** Information only (an open day, a walk): no form, nothing asked of anyone. */
export const isInformationOnly = (event: EventItem): boolean => event.signup === 'none';

/** Whether signing up reveals something about the person's health (the team may say otherwise). */
export const isHealthRelated = (event: EventItem): boolean => event.healthRelated ?? healthRelatedKinds.has(event.kind);

/**
 * The seats to show. The endpoint's live count wins over the feed's `seatsLeft` (a count the team
 * typed some time ago). When the team defined the event on the server, the server's capacity and
 * `left` stand (capacity comes only from there: TEAM-API.md); when it did not, the feed's capacity
 * minus the seats the server says are taken. Anyone waiting means full: a freed seat goes to them.
 */
export function seatsShown(event: EventItem, live?: SeatsInfo): SeatsShown {
  if (isCandidacy(event)) return { kind: 'candidacy' };
  if (isInformationOnly(event)) return { kind: 'unknown' };
  if (live) {
    if (live.capacity !== null && live.left !== null) return { kind: 'counted', left: live.left, capacity: live.capacity, waiting: live.waiting };
    if (event.capacity === undefined) return { kind: 'unknown' };
    const left = live.waiting > 0 ? 0 : Math.max(0, event.capacity - live.taken);
    return { kind: 'counted', left, capacity: event.capacity, waiting: live.waiting };
  }
  if (event.seatsLeft === undefined) return { kind: 'unknown' };
  return { kind: 'counted', left: event.seatsLeft, capacity: event.capacity, waiting: 0 };
}

/** No seat left: a signup goes on the waiting list. */
export const isFull = (seats: SeatsShown): boolean => seats.kind === 'counted' && seats.left === 0;

/** Most people one signup may bring: the event's limit, and no more than the seats left (a bigger group would only wait). */
export function maxSeats(event: EventItem, seats: SeatsShown): number {
  const limit = event.maxSeatsPerSignup ?? 4;
  return seats.kind === 'counted' && seats.left > 0 ? Math.min(limit, seats.left) : limit;
}

/**
 * Whether an event is shown, and how: past ones are not; a signup closes at its deadline. An
 * information-only event has no signup to close: it is shown until it ends (people may still come
 * to an open day that has begun).
 */
export function eventAvailability(event: EventItem, end: Date, now: Date): Availability {
  if (isInformationOnly(event)) return end.getTime() <= now.getTime() ? 'past' : 'open';
  return availability(event, now);
}

/**
 * Inline events and the feed's (the feed's wins for the same id), soonest first, with their seats.
 * Past events are not offered at all (they stay in the team's feed for the record); an event after
 * its deadline stays visible, closed.
 */
export function shownEvents(inline: readonly EventItem[], feed: readonly EventItem[], live: ReadonlyMap<string, SeatsInfo>, now: Date): ShownEvent[] {
  const byId = new Map<string, EventItem>();
  for (const event of [...inline, ...feed]) byId.set(event.id, event);
  const shown: ShownEvent[] = [];
  for (const event of byId.values()) {
    const start = parseEventTime(event.start);
    const end = parseEventTime(event.end);
    if (!start || !end) continue;
    const state = eventAvailability(event, end, now);
    if (state === 'past') continue;
    shown.push({ event, start, end, availability: state, seats: seatsShown(event, live.get(event.id)) });
  }
  return shown.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The events whose live seat count is worth asking the endpoint: open, with a capacity, neither a call for candidates nor information only. */
export function seatsToAsk(events: readonly ShownEvent[]): string[] {
  return events
    .filter((shown) => shown.availability === 'open' && !isCandidacy(shown.event) && !isInformationOnly(shown.event) && shown.event.capacity !== undefined)
    .map((shown) => shown.event.id);
}

/** The event whose form is open (`id`): undefined when none is, when it closed meanwhile, or when it asks for no signup. */
export function openEvent(events: readonly ShownEvent[], id: string | undefined): ShownEvent | undefined {
  if (id === undefined) return undefined;
  return events.find((shown) => shown.event.id === id && shown.availability === 'open' && !isInformationOnly(shown.event));
}
