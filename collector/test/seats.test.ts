// The seat rule as pure functions (src/contracts/seats.ts, collector/event-signup.ts), with the
// capacity the team defined; engines.test.ts checks the same rules through real collectors.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allocateSeats, cancelSignup, registrationForNew, seatsAnswer, type TeamAction } from '../event-signup.js';
import { signup } from './harness.js';

describe('seats: pure rules', () => {
  test('confirms in arrival order up to the capacity, then keeps a waiting list in order', () => {
    const [a, b, c, d] = [signup('ev1', 2), signup('ev1', 1), signup('ev1', 1), signup('ev1', 1)];
    const other = signup('ev2', 3);
    const allocation = allocateSeats('ev1', [a!, other, b!, c!, d!], [], 3);
    assert.deepEqual(
      allocation.confirmed.map((e) => e.id),
      [a!.id, b!.id],
    );
    assert.deepEqual(
      allocation.waiting.map((e) => e.id),
      [c!.id, d!.id],
    );
    assert.deepEqual(seatsAnswer(allocation), { eventId: 'ev1', capacity: 3, taken: 3, left: 0, waiting: 2 });
  });

  test('never lets a later signup overtake someone waiting (strict queue)', () => {
    const a = signup('ev1', 2);
    const group = signup('ev1', 3);
    const alone = signup('ev1', 1);
    const allocation = allocateSeats('ev1', [a, group, alone], [], 3);
    assert.deepEqual(
      allocation.confirmed.map((e) => e.id),
      [a.id],
    );
    assert.deepEqual(
      allocation.waiting.map((e) => e.id),
      [group.id, alone.id],
    );
    assert.equal(allocation.left, 0);
  });

  test('the 201 answer’s registration for a new signup, with the place on the waiting list', () => {
    const stored = [signup('ev1', 2), signup('ev1', 1)];
    assert.deepEqual(registrationForNew(signup('ev1', 1), stored, [], 3), { status: 'waiting', position: 1 });
    assert.deepEqual(registrationForNew(signup('ev1', 1), [...stored, signup('ev1', 1)], [], 3), { status: 'waiting', position: 2 });
    assert.deepEqual(registrationForNew(signup('ev1', 1), [signup('ev1', 1)], [], 3), { status: 'confirmed' });
  });

  test('the team’s capacity stands: a signup’s own value neither adds seats nor demotes anyone', () => {
    const first = [signup('ev1', 1, 'Ana', { capacity: 3 }), signup('ev1', 1, 'Bob'), signup('ev1', 1, 'Cli')];
    const forged = signup('ev1', 1, 'Forge', { capacity: 1000 });
    assert.deepEqual(seatsAnswer(allocateSeats('ev1', [...first, forged], [], 3)), { eventId: 'ev1', capacity: 3, taken: 3, left: 0, waiting: 1 });
    const tiny = signup('ev1', 1, 'Forge', { capacity: 1 });
    assert.deepEqual(allocateSeats('ev1', [tiny, ...first], [], 4).confirmed.length, 4, 'a first signup’s capacity is not the team’s');
    assert.equal(allocateSeats('ev1', [tiny, ...first], [], null).left, null, 'null: no limit, whatever signups say');
  });

  test('without a definition (results view, local signups) the first signup’s capacity stands', () => {
    const first = [signup('ev1', 1, 'Ana', { capacity: 2 }), signup('ev1', 1, 'Bob', { capacity: 1000 }), signup('ev1', 1, 'Cli')];
    assert.deepEqual(seatsAnswer(allocateSeats('ev1', first)), { eventId: 'ev1', capacity: 2, taken: 2, left: 0, waiting: 1 });
  });

  test('everyone confirmed when the event has no capacity (calls for candidates)', () => {
    const many = Array.from({ length: 20 }, () => signup('comite', 1));
    assert.deepEqual(seatsAnswer(allocateSeats('comite', many, [], null)), { eventId: 'comite', capacity: null, taken: 20, left: null, waiting: 0 });
  });

  test('a cancellation frees the seats and promotes the first person waiting', () => {
    const [a, b, c, d] = [signup('ev1', 2), signup('ev1', 1), signup('ev1', 1), signup('ev1', 2)];
    const envelopes = [a!, b!, c!, d!];
    const result = cancelSignup('ev1', { signupId: b!.id }, envelopes, [], new Date('2027-03-01T10:00:00Z'), 3);
    if (!result.ok) throw new Error(result.message);
    assert.deepEqual(
      result.promoted.map((e) => e.id),
      [c!.id],
    );
    assert.deepEqual(result.seats, { eventId: 'ev1', capacity: 3, taken: 3, left: 0, waiting: 1 });
    assert.deepEqual(result.action, { type: 'event-cancellation', at: '2027-03-01T10:00:00.000Z', data: { eventId: 'ev1', signupId: b!.id } });
    const actions: TeamAction[] = [result.action];
    const second = cancelSignup('ev1', { signupId: a!.id }, envelopes, actions, new Date(), 3);
    if (!second.ok) throw new Error(second.message);
    assert.deepEqual(
      second.promoted.map((e) => e.id),
      [d!.id],
    );
    assert.deepEqual(second.seats, { eventId: 'ev1', capacity: 3, taken: 3, left: 0, waiting: 0 });
  });

  test('cancelling twice is harmless; unknown ids and bad bodies are refused', () => {
    const a = signup('ev1', 1);
    const first = cancelSignup('ev1', { signupId: a.id }, [a], [], new Date(), 3);
    if (!first.ok) throw new Error(first.message);
    const again = cancelSignup('ev1', { signupId: a.id.toUpperCase() }, [a], [first.action], new Date(), 3);
    assert.equal(again.ok && again.alreadyCancelled, true);
    assert.equal(cancelSignup('ev1', { signupId: 'nope' }, [a], []).ok, false);
    assert.deepEqual((cancelSignup('ev2', { signupId: a.id }, [a], []) as { status: number }).status, 404);
    assert.deepEqual((cancelSignup('ev1', {}, [a], []) as { status: number }).status, 400);
    assert.deepEqual((cancelSignup('ev1', 'x', [a], []) as { status: number }).status, 400);
  });
});
