// The collector's side of the seat rule (kind 'event-signup'): pure functions over the signups in
// arrival order and the team's actions, given the capacity the team defined. The store calls them
// inside a transaction holding the event's row lock, so two requests never decide on the same state.
import type { Envelope } from '../src/core/envelope.js';
import {
  CANCELLATION,
  allocateSeats,
  cancelledIds,
  payloadOf,
  promotedBetween,
  registrationOf,
  seatsAnswer,
  type Registration,
  type SeatsAnswer,
} from '../src/contracts/seats.js';
import type { TeamAction } from './kinds.js';

// The seat rule itself is a contract (src/contracts/seats.ts): the results view uses it too.
export * from '../src/contracts/seats.js';
export type { TeamAction };

/** The registration of a new signup, computed as if it were already stored (it is stored right after). */
export function registrationForNew(
  envelope: Envelope,
  stored: readonly Envelope[],
  actions: readonly TeamAction[],
  capacity: number | null,
): Registration | undefined {
  const payload = payloadOf(envelope);
  if (!payload) return undefined;
  const envelopes = [...stored.filter((other) => other.id !== envelope.id), envelope];
  return registrationOf(allocateSeats(payload.eventId, envelopes, actions, capacity), envelope.id);
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
  capacity: number | null = null,
): CancellationResult {
  const given = body && typeof body === 'object' ? (body as Record<string, unknown>).signupId : undefined;
  if (typeof given !== 'string' || given.length === 0 || given.length > 100) {
    return { ok: false, status: 400, error: 'invalid', message: 'Corps attendu : { "signupId": "<id de l’inscription>" }' };
  }
  const signup = envelopes.find((envelope) => envelope.id.toLowerCase() === given.toLowerCase() && payloadOf(envelope)?.eventId === eventId);
  if (!signup) return { ok: false, status: 404, error: 'not-found', message: `Aucune inscription ${given} pour l’événement ${eventId}` };
  const signupId = signup.id;
  const action: TeamAction = { type: CANCELLATION, at: now.toISOString(), data: { eventId, signupId } };
  const before = allocateSeats(eventId, envelopes, actions, capacity);
  const alreadyCancelled = cancelledIds(eventId, actions).has(signupId);
  const after = allocateSeats(eventId, envelopes, alreadyCancelled ? actions : [...actions, action], capacity);
  return { ok: true, action, promoted: promotedBetween(before, after), seats: seatsAnswer(after), alreadyCancelled };
}
