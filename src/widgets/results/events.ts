import type { ItemOrigin, ResultItem } from './sources.js';
import { isEventSignupPayload, type EventSignupPayload } from './payloads.js';

/**
 * A signup's place: `confirmed` within capacity, `waiting` beyond it, `unsent` while it sits in this
 * device's outbox (waiting or refused by the endpoint: the collector never counted it).
 */
export type SignupStatus = 'confirmed' | 'waiting' | 'unsent';

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
  rows: SignupRow[];
}

export interface EventTotals {
  events: number;
  signups: number;
  seatsConfirmed: number;
  seatsWaiting: number;
  unsent: number;
}

/**
 * Signups per event, in order of arrival, with the reference collector's rule (collector/event-signup.ts):
 * the capacity is the latest one the widgets sent, and the queue is strict — a signup is confirmed only if
 * it and everyone before it fits, so nobody overtakes a person already waiting. Signups still in this
 * device's outbox never reached the collector: listed as `unsent`, counted apart. Events sorted by start.
 * Cancellations the team made on the collector are not part of the read API and are not seen here.
 */
export function summariseEvents(items: readonly ResultItem[]): { events: EventSummary[]; totals: EventTotals } {
  const byEvent = new Map<string, EventSummary>();
  // Arrival order: when the team's side got it, then when it was sent (the stable sort keeps the
  // collector's own order on a tie).
  const signups = items
    .filter((item) => item.kind === 'event-signup' && isEventSignupPayload(item.envelope.payload))
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.envelope.createdAt.localeCompare(b.envelope.createdAt));
  const totals: EventTotals = { events: 0, signups: 0, seatsConfirmed: 0, seatsWaiting: 0, unsent: 0 };
  for (const item of signups) {
    const p = item.envelope.payload as unknown as EventSignupPayload;
    let event = byEvent.get(p.eventId);
    if (!event) {
      event = { eventId: p.eventId, title: p.eventTitle, eventKind: p.eventKind, start: p.eventStart, end: p.eventEnd, capacity: undefined, signups: 0, seatsConfirmed: 0, seatsWaiting: 0, waiting: 0, rows: [] };
      byEvent.set(p.eventId, event);
    }
    // The latest details sent win (a corrected title, time or capacity).
    if (p.capacity !== undefined) event.capacity = p.capacity;
    event.title = p.eventTitle;
    event.start = p.eventStart;
    event.end = p.eventEnd;
    event.rows.push({
      id: item.id,
      signedUpAt: item.envelope.createdAt,
      origin: item.origin,
      status: item.origin === 'pending' || item.origin === 'rejected' ? 'unsent' : 'confirmed',
      seats: p.seats,
      name: p.name,
      contact: { channel: String(p.contact.channel), value: p.contact.value },
      accessNeeds: p.accessNeeds,
      motivation: p.motivation,
    });
  }
  const events = [...byEvent.values()].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title, 'fr'));
  for (const event of events) {
    for (const row of event.rows) {
      if (row.status === 'unsent') {
        totals.unsent++;
        continue;
      }
      event.signups++;
      if (event.waiting === 0 && (event.capacity === undefined || event.seatsConfirmed + row.seats <= event.capacity)) {
        event.seatsConfirmed += row.seats;
      } else {
        row.status = 'waiting';
        row.position = ++event.waiting;
        event.seatsWaiting += row.seats;
      }
    }
    // As the collector says: no seat is offered while anyone waits.
    if (event.capacity !== undefined) event.seatsLeft = event.waiting > 0 ? 0 : Math.max(0, event.capacity - event.seatsConfirmed);
    totals.events++;
    totals.signups += event.signups;
    totals.seatsConfirmed += event.seatsConfirmed;
    totals.seatsWaiting += event.seatsWaiting;
  }
  return { events, totals };
}
