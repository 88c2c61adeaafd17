// The reference collector's seats and waiting list for event signups (kind 'event-signup').
// Pure functions over the stored records: the seat count is never a mutable counter that a crash
// could leave wrong, it is recomputed from what was stored, in arrival order. No Node import here,
// so the same functions are unit-tested in the browser.
import type { Envelope } from '../src/core/envelope.js';
import {
  CANCELLATION,
  allocateSeats,
  cancelledIds,
  payloadOf,
  registrationOf,
  seatsAnswer,
  type Registration,
  type SeatsAnswer,
} from '../src/contracts/seats.js';
import { eventSignupPayloadSchema } from '../src/contracts/event-signup.js';
import type { KindRule, RuleContext, TeamAction } from './kinds.js';
import type { CollectedRecord } from './store.js';

// The seat rule itself lives with the widget (src/widgets/event-signup/seats.ts): the results view uses it too.
export * from '../src/contracts/seats.js';
export type { RuleContext, TeamAction };

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
 * `kindRules['event-signup']`: the place of each new signup in its 201 answer, the seats route, and
 * the team's cancellations (token-protected, stored before the answer).
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
