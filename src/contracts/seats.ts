// The seat rule of an event, shared by the reference collector (which answers with it) and the
// results view (which shows the same places): pure functions over the signups in arrival order, so
// the seat count is never a mutable counter that a crash could leave wrong.
import type { Envelope } from '../core/envelope.js';
import { eventSignupPayloadSchema, type EventSignupPayload } from './event-signup.js';

/** A team action as the seat rule reads it (the collector's TeamAction has this shape). */
export interface SeatAction {
  type: string;
  data: Record<string, unknown>;
}

/** One signup as the seat count sees it. */
export interface SignupEntry {
  /** The envelope id: the signup's reference for the team. */
  id: string;
  seats: number;
}

export interface SeatAllocation {
  eventId: string;
  /** Seats in all (the team's definition, else the first signup's value locally), or null when the event has no limit. */
  capacity: number | null;
  /** Signups holding a seat, in arrival order. */
  confirmed: SignupEntry[];
  /** Signups waiting, in arrival order (the first is promoted first). */
  waiting: SignupEntry[];
  /** Seats held by confirmed signups. */
  taken: number;
  /** Seats still offered: 0 while anyone waits (a freed seat goes to the waiting list first), null without a limit. */
  left: number | null;
}

export interface Registration {
  status: 'confirmed' | 'waiting';
  /** 1-based place on the waiting list. */
  position?: number;
}

export interface SeatsAnswer {
  eventId: string;
  capacity: number | null;
  taken: number;
  left: number | null;
  /** Number of signups on the waiting list. */
  waiting: number;
}

export const CANCELLATION = 'event-cancellation';
/** A person moved from the waiting list to a seat (seats freed or added): recorded once, when it happens. */
export const PROMOTION = 'event-promotion';
/** The team told a promoted person. */
export const NOTIFIED = 'event-notified';

/** The signup payload of an envelope, or undefined for anything else. */
export function payloadOf(envelope: Envelope): EventSignupPayload | undefined {
  if (envelope.kind !== 'event-signup') return undefined;
  const parsed = eventSignupPayloadSchema.safeParse(envelope.payload);
  return parsed.success ? parsed.data : undefined;
}

/** Signup ids the team cancelled (for this event). */
export function cancelledIds(eventId: string, actions: readonly SeatAction[]): Set<string> {
  return new Set(
    actions
      .filter((action) => action.type === CANCELLATION && action.data.eventId === eventId && typeof action.data.signupId === 'string')
      .map((action) => action.data.signupId as string),
  );
}

/**
 * Seats of one event from the envelopes in arrival order. A strict queue: a signup is confirmed
 * only if it and everyone before it fits, so nobody overtakes a person already waiting (a group of
 * three waits for three seats; a person alone behind them waits too). Cancelling only ever moves
 * the queue forward: the first person waiting is promoted as soon as their seats are free.
 *
 * `capacity` is the team's definition of the event (a number, or null for no limit): the collector
 * always passes it, and never reads a signup's own `capacity` (anyone can send one). Without it
 * (undefined: a results view reading local signups, no definition at hand) the first signup's value
 * stands, so a later value can neither add seats nor take back a place already confirmed.
 */
export function allocateSeats(eventId: string, envelopes: readonly Envelope[], actions: readonly SeatAction[] = [], capacity?: number | null): SeatAllocation {
  const cancelled = cancelledIds(eventId, actions);
  const signups: SignupEntry[] = [];
  let limit: number | null = capacity ?? null;
  for (const envelope of envelopes) {
    const payload = payloadOf(envelope);
    if (!payload || payload.eventId !== eventId) continue;
    if (capacity === undefined && payload.capacity !== undefined && limit === null) limit = payload.capacity;
    if (!cancelled.has(envelope.id)) signups.push({ id: envelope.id, seats: payload.seats });
  }
  const confirmed: SignupEntry[] = [];
  const waiting: SignupEntry[] = [];
  let taken = 0;
  for (const signup of signups) {
    if (waiting.length === 0 && (limit === null || taken + signup.seats <= limit)) {
      confirmed.push({ id: signup.id, seats: signup.seats });
      taken += signup.seats;
    } else {
      waiting.push({ id: signup.id, seats: signup.seats });
    }
  }
  const left = limit === null ? null : waiting.length > 0 ? 0 : Math.max(0, limit - taken);
  return { eventId, capacity: limit, confirmed, waiting, taken, left };
}

/** Who moved from the waiting list to a seat between two allocations of the same event. */
export function promotedBetween(before: SeatAllocation, after: SeatAllocation): SignupEntry[] {
  const wasConfirmed = new Set(before.confirmed.map((entry) => entry.id));
  const wasWaiting = new Set(before.waiting.map((entry) => entry.id));
  return after.confirmed.filter((entry) => !wasConfirmed.has(entry.id) && wasWaiting.has(entry.id));
}

/** The place of one signup, as the 201 answer gives it. */
export function registrationOf(allocation: SeatAllocation, signupId: string): Registration | undefined {
  if (allocation.confirmed.some((entry) => entry.id === signupId)) return { status: 'confirmed' };
  const index = allocation.waiting.findIndex((entry) => entry.id === signupId);
  return index < 0 ? undefined : { status: 'waiting', position: index + 1 };
}

/** What `GET /events/<id>/seats` answers: counts only, no personal data. */
export function seatsAnswer(allocation: SeatAllocation): SeatsAnswer {
  const { eventId, capacity, taken, left } = allocation;
  return { eventId, capacity, taken, left, waiting: allocation.waiting.length };
}
