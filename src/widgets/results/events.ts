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
 * Signups per event, in order of arrival: seats are given while the capacity allows (the collector's
 * rule: a signup that does not fit goes on the waiting list, a later smaller one may still fit).
 * Events sorted by start.
 */
export function summariseEvents(items: readonly ResultItem[]): { events: EventSummary[]; totals: EventTotals } {
  const byEvent = new Map<string, EventSummary>();
  const signups = items
    .filter((item) => item.kind === 'event-signup' && isEventSignupPayload(item.envelope.payload))
    .sort((a, b) => a.envelope.createdAt.localeCompare(b.envelope.createdAt) || a.id.localeCompare(b.id));
  const totals: EventTotals = { events: 0, signups: 0, seatsConfirmed: 0, seatsWaiting: 0, unsent: 0 };
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
        capacity: p.capacity,
        signups: 0,
        seatsConfirmed: 0,
        seatsWaiting: 0,
        waiting: 0,
        rows: [],
      };
      byEvent.set(p.eventId, event);
    }
    if (event.capacity === undefined && p.capacity !== undefined) event.capacity = p.capacity;
    const row: SignupRow = {
      id: item.id,
      signedUpAt: item.envelope.createdAt,
      origin: item.origin,
      status: 'confirmed',
      seats: p.seats,
      name: p.name,
      contact: { channel: String(p.contact.channel), value: p.contact.value },
      accessNeeds: p.accessNeeds,
      motivation: p.motivation,
    };
    if (item.origin === 'pending' || item.origin === 'rejected') {
      row.status = 'unsent';
      totals.unsent++;
    } else {
      event.signups++;
      if (event.capacity === undefined || event.seatsConfirmed + p.seats <= event.capacity) {
        event.seatsConfirmed += p.seats;
      } else {
        row.status = 'waiting';
        row.position = ++event.waiting;
        event.seatsWaiting += p.seats;
      }
    }
    event.rows.push(row);
  }
  const events = [...byEvent.values()].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title, 'fr'));
  for (const event of events) {
    if (event.capacity !== undefined) event.seatsLeft = Math.max(0, event.capacity - event.seatsConfirmed);
    totals.events++;
    totals.signups += event.signups;
    totals.seatsConfirmed += event.seatsConfirmed;
    totals.seatsWaiting += event.seatsWaiting;
  }
  return { events, totals };
}
