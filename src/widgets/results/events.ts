import { allocateSeats, NOTIFIED, PROMOTION, registrationOf, type SeatAction } from '../../contracts/seats.js';
import type { ItemOrigin, ResultItem } from './sources.js';
import { isEventSignupPayload, type EventSignupPayload } from './payloads.js';

/**
 * A signup's place: `confirmed` within capacity, `waiting` beyond it, `cancelled` by the team on the
 * collector, `unsent` while it sits in this device's outbox (waiting or refused: never counted).
 */
export type SignupStatus = 'confirmed' | 'waiting' | 'unsent' | 'cancelled';

export interface SignupRow {
  id: string;
  /** When the person signed up (ISO instant). */
  signedUpAt: string;
  origin: ItemOrigin;
  status: SignupStatus;
  /** 1-based place on the waiting list. */
  position?: number | undefined;
  seats: number;
  /** Personal data, shown in this view only and exported only when the team asks. */
  name: string;
  contact: { channel: string; value: string };
  accessNeeds?: string | undefined;
  motivation?: string | undefined;
  /** Moved from the waiting list to a seat (seats freed or added on the collector). */
  promoted: boolean;
  /** The team marked that it told the person. */
  notified: boolean;
  /** Promoted, holding a seat, and not told yet: the team has to call or write. */
  toNotify: boolean;
}

export interface EventSummary {
  eventId: string;
  title: string;
  eventKind: string;
  start: string;
  end: string;
  capacity?: number | undefined;
  signups: number;
  seatsConfirmed: number;
  seatsWaiting: number;
  /** Signups on the waiting list. */
  waiting: number;
  /** Seats left, when the event has a capacity. */
  seatsLeft?: number | undefined;
  /** The team defined it on the collector (its capacity can be raised there). */
  defined: boolean;
  /** Promoted people not told yet. */
  toNotify: number;
  rows: SignupRow[];
}

export interface EventTotals {
  events: number;
  signups: number;
  seatsConfirmed: number;
  seatsWaiting: number;
  unsent: number;
  /** Promoted people the team has not told yet. */
  toNotify: number;
}

/**
 * Signups per event, in order of arrival, placed by the same seat rule as the reference collector
 * (src/contracts/seats.ts): a strict queue, the team's cancellations (`actions`) and, read from the
 * collector, the capacity the team defined (`capacities`, by event id). Signups still in this device's outbox never reached the collector: listed
 * as `unsent`, counted apart. Events sorted by start.
 */
export function summariseEvents(
  items: readonly ResultItem[],
  actions: readonly SeatAction[] = [],
  capacities?: ReadonlyMap<string, number | null>,
): { events: EventSummary[]; totals: EventTotals } {
  // Arrival order: when the team's side got it, then when it was sent (the stable sort keeps the
  // collector's own order on a tie).
  const signups = items
    .filter((item) => item.kind === 'event-signup' && isEventSignupPayload(item.envelope.payload))
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.envelope.createdAt.localeCompare(b.envelope.createdAt));
  const totals: EventTotals = { events: 0, signups: 0, seatsConfirmed: 0, seatsWaiting: 0, unsent: 0, toNotify: 0 };
  const counted = new Map(signups.map((item) => [item.id, item.envelope]));
  const events = groupByEvent(signups).sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title, 'fr'));
  for (const event of events) {
    const envelopes = event.rows.filter((row) => row.status !== 'unsent').map((row) => counted.get(row.id)!);
    // The collector's events: the team's capacity, none for an event it did not define; locally, the signups' own.
    const capacity = capacities ? (capacities.get(event.eventId) ?? null) : undefined;
    event.defined = capacities?.has(event.eventId) ?? false;
    place(event, allocateSeats(event.eventId, envelopes, actions, capacity), totals);
    markPromotions(event, actions, totals);
  }
  return { events, totals };
}

/** One summary per event, its signups as rows in arrival order (status decided by `place`). */
function groupByEvent(signups: readonly ResultItem[]): EventSummary[] {
  const byEvent = new Map<string, EventSummary>();
  for (const item of signups) {
    const p = item.envelope.payload as unknown as EventSignupPayload;
    let event = byEvent.get(p.eventId);
    if (!event) {
      event = {
        eventId: p.eventId,
        title: p.eventTitle,
        eventKind: p.eventKind,
        start: p.eventStart,
        end: p.eventEnd,
        capacity: undefined,
        signups: 0,
        seatsConfirmed: 0,
        seatsWaiting: 0,
        waiting: 0,
        defined: false,
        toNotify: 0,
        rows: [],
      };
      byEvent.set(p.eventId, event);
    }
    // The latest details sent win (a corrected title or time); the capacity comes from the seat rule.
    event.title = p.eventTitle;
    event.start = p.eventStart;
    event.end = p.eventEnd;
    event.rows.push({
      id: item.id,
      signedUpAt: item.envelope.createdAt,
      origin: item.origin,
      status: item.origin === 'pending' || item.origin === 'rejected' ? 'unsent' : 'cancelled',
      seats: p.seats,
      name: p.name,
      contact: { channel: String(p.contact.channel), value: p.contact.value },
      accessNeeds: p.accessNeeds,
      motivation: p.motivation,
      promoted: false,
      notified: false,
      toNotify: false,
    });
  }
  return [...byEvent.values()];
}

/** Gives each row its place from the seat rule's allocation, and adds the event to the totals. */
function place(event: EventSummary, allocation: ReturnType<typeof allocateSeats>, totals: EventTotals): void {
  for (const row of event.rows) {
    if (row.status === 'unsent') {
      totals.unsent++;
      continue;
    }
    // Not placed by the rule: the team cancelled it.
    const registration = registrationOf(allocation, row.id);
    if (!registration) continue;
    event.signups++;
    row.status = registration.status;
    if (registration.status === 'waiting') {
      row.position = registration.position;
      event.waiting++;
      event.seatsWaiting += row.seats;
    }
  }
  event.seatsConfirmed = allocation.taken;
  event.capacity = allocation.capacity ?? undefined;
  if (event.capacity !== undefined) event.seatsLeft = allocation.left ?? undefined;
  totals.events++;
  totals.signups += event.signups;
  totals.seatsConfirmed += event.seatsConfirmed;
  totals.seatsWaiting += event.seatsWaiting;
}

/** The signup ids of an event that a team action of this type names. */
function idsOf(type: string, eventId: string, actions: readonly SeatAction[]): Set<string> {
  const ids = new Set<string>();
  for (const action of actions) {
    if (action.type === type && action.data.eventId === eventId && typeof action.data.signupId === 'string') ids.add(action.data.signupId.toLowerCase());
  }
  return ids;
}

/** Flags who was promoted from the waiting list and whether the team told them ("à prévenir"). */
function markPromotions(event: EventSummary, actions: readonly SeatAction[], totals: EventTotals): void {
  const promoted = idsOf(PROMOTION, event.eventId, actions);
  const notified = idsOf(NOTIFIED, event.eventId, actions);
  for (const row of event.rows) {
    const id = row.id.toLowerCase();
    row.promoted = promoted.has(id);
    row.notified = notified.has(id);
    row.toNotify = row.promoted && !row.notified && row.status === 'confirmed';
    if (row.toNotify) event.toNotify++;
  }
  totals.toNotify += event.toNotify;
}

/** The first person on the waiting list: the only one a promotion can move (strict queue, src/contracts/seats.ts). */
export function nextInLine(event: EventSummary): SignupRow | undefined {
  return event.rows.find((row) => row.status === 'waiting' && row.position === 1);
}
