// The reference collector's seats and waiting list for event signups (kind 'event-signup').
// Pure functions over the stored records: the seat count is never a mutable counter that a crash
// could leave wrong, it is recomputed from what was stored, in arrival order. No Node import here,
// so the same functions are unit-tested in the browser.
import type { Envelope } from '../src/core/envelope.js';
import { eventSignupPayloadSchema, type EventSignupPayload } from '../src/widgets/event-signup/event-signup.schema.js';
import type { KindRule, RuleContext, TeamAction } from './kinds.js';

export type { RuleContext, TeamAction };
import type { CollectedRecord } from './store.js';

/** One signup as the seat count sees it. */
export interface SignupEntry {
  /** The envelope id: the signup's reference for the team. */
  id: string;
  seats: number;
}

export interface SeatAllocation {
  eventId: string;
  /** Seats in all (the latest capacity the widgets sent), or null when the event has no limit. */
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

function payloadOf(envelope: Envelope): EventSignupPayload | undefined {
  if (envelope.kind !== 'event-signup') return undefined;
  const parsed = eventSignupPayloadSchema.safeParse(envelope.payload);
  return parsed.success ? parsed.data : undefined;
}

/** Signup ids the team cancelled (for this event). */
export function cancelledIds(eventId: string, actions: readonly TeamAction[]): Set<string> {
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
 */
export function allocateSeats(eventId: string, envelopes: readonly Envelope[], actions: readonly TeamAction[] = []): SeatAllocation {
  const cancelled = cancelledIds(eventId, actions);
  const signups: Array<SignupEntry & { capacity?: number | undefined }> = [];
  let capacity: number | null = null;
  for (const envelope of envelopes) {
    const payload = payloadOf(envelope);
    if (!payload || payload.eventId !== eventId) continue;
    if (payload.capacity !== undefined) capacity = payload.capacity;
    if (!cancelled.has(envelope.id)) signups.push({ id: envelope.id, seats: payload.seats });
  }
  const confirmed: SignupEntry[] = [];
  const waiting: SignupEntry[] = [];
  let taken = 0;
  for (const signup of signups) {
    if (waiting.length === 0 && (capacity === null || taken + signup.seats <= capacity)) {
      confirmed.push({ id: signup.id, seats: signup.seats });
      taken += signup.seats;
    } else {
      waiting.push({ id: signup.id, seats: signup.seats });
    }
  }
  const left = capacity === null ? null : waiting.length > 0 ? 0 : Math.max(0, capacity - taken);
  return { eventId, capacity, confirmed, waiting, taken, left };
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

/** The registration of a new signup, computed as if it were already stored (it is stored right after). */
export function registrationForNew(envelope: Envelope, records: readonly CollectedRecord[], actions: readonly TeamAction[] = []): Registration | undefined {
  const payload = payloadOf(envelope);
  if (!payload) return undefined;
  const envelopes = [...records.map((record) => record.envelope).filter((stored) => stored.id !== envelope.id), envelope];
  return registrationOf(allocateSeats(payload.eventId, envelopes, actions), envelope.id);
}

export type CancellationResult =
  | { ok: true; action: TeamAction; promoted: Array<{ id: string; seats: number }>; seats: SeatsAnswer; alreadyCancelled: boolean }
  | { ok: false; status: 400 | 404; error: string; message: string };

/**
 * A team member frees the seats of one signup. Says who was promoted from the waiting list, so the
 * team can tell them. Cancelling twice is harmless (the second answers `alreadyCancelled`).
 */
export function cancelSignup(
  eventId: string,
  body: unknown,
  envelopes: readonly Envelope[],
  actions: readonly TeamAction[],
  now: Date = new Date(),
): CancellationResult {
  const signupId = body && typeof body === 'object' ? (body as Record<string, unknown>).signupId : undefined;
  if (typeof signupId !== 'string' || signupId.length === 0 || signupId.length > 100) {
    return { ok: false, status: 400, error: 'invalid', message: 'Corps attendu : { "signupId": "<id de l’inscription>" }' };
  }
  const signup = envelopes.find((envelope) => envelope.id === signupId && payloadOf(envelope)?.eventId === eventId);
  if (!signup) return { ok: false, status: 404, error: 'not-found', message: `Aucune inscription ${signupId} pour l’événement ${eventId}` };
  const action: TeamAction = { type: CANCELLATION, at: now.toISOString(), data: { eventId, signupId } };
  const before = allocateSeats(eventId, envelopes, actions);
  const alreadyCancelled = cancelledIds(eventId, actions).has(signupId);
  const after = allocateSeats(eventId, envelopes, alreadyCancelled ? actions : [...actions, action]);
  const wasConfirmed = new Set(before.confirmed.map((entry) => entry.id));
  const promoted = after.confirmed.filter((entry) => !wasConfirmed.has(entry.id));
  return { ok: true, action, promoted, seats: seatsAnswer(after), alreadyCancelled };
}

const seatsPath = /^\/events\/([^/]+)\/seats$/;
const cancellationsPath = /^\/events\/([^/]+)\/cancellations$/;

function eventIdIn(pattern: RegExp, path: string): string | undefined {
  const match = pattern.exec(path);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

/** A route's answer; `store` lists the team actions the collector must append before answering. */
export type RouteAnswer = { status: number; body: unknown; headers?: Record<string, string>; store?: TeamAction[] };

/**
 * `POST /events/<id>/cancellations` with `{ "signupId": "…" }` and the read token. Needs the
 * collector to pass a RuleContext and to store `store`: without a context, 501.
 */
export function cancellationRoute(eventId: string, records: readonly CollectedRecord[], context: RuleContext | undefined): RouteAnswer {
  if (!context) {
    return { status: 501, body: { error: 'not-supported', message: 'Ce collecteur ne transmet pas encore le contexte (jeton, corps, actions) aux règles' } };
  }
  if (!context.authorized) {
    return { status: 401, body: { error: 'unauthorized', message: 'Jeton de lecture manquant ou faux' }, headers: { 'WWW-Authenticate': 'Bearer' } };
  }
  const result = cancelSignup(eventId, context.body, records.map((record) => record.envelope), context.actions);
  if (!result.ok) return { status: result.status, body: { error: result.error, message: result.message } };
  return {
    status: 200,
    body: { eventId, signupId: result.action.data.signupId, cancelled: true, alreadyCancelled: result.alreadyCancelled, promoted: result.promoted, seats: result.seats },
    ...(result.alreadyCancelled ? {} : { store: [result.action] }),
  };
}

/**
 * The rule the lead adds to `kindRules['event-signup']`. `accept` and `route` take an optional extra
 * argument (actions / RuleContext) that today's collector does not pass yet; they work without it,
 * counting no cancellation, and the cancellation route answers 501.
 */
export const eventSignupRule = {
  payload: eventSignupPayloadSchema,
  accept(envelope: Envelope, records: CollectedRecord[], actions: readonly TeamAction[] = []): Record<string, unknown> {
    const registration = registrationForNew(envelope, records, actions);
    return registration ? { registration } : {};
  },
  route(method: string, path: string, _url: URL, records: CollectedRecord[], context?: RuleContext): RouteAnswer | undefined {
    const seatsOf = eventIdIn(seatsPath, path);
    if (seatsOf !== undefined && method === 'GET') {
      return { status: 200, body: seatsAnswer(allocateSeats(seatsOf, records.map((record) => record.envelope), context?.actions ?? [])) };
    }
    const cancelFor = eventIdIn(cancellationsPath, path);
    if (cancelFor !== undefined && method === 'POST') return cancellationRoute(cancelFor, records, context);
    return undefined;
  },
} satisfies KindRule;
