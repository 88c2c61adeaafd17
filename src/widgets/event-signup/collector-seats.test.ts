import { expect } from '@open-wc/testing';
import { createEnvelope, type Envelope } from '../../core/envelope.js';
import { allocateSeats, cancelSignup, eventSignupRule, registrationForNew, seatsAnswer, type TeamAction } from '../../../collector/event-signup.js';
import type { CollectedRecord } from '../../../collector/store.js';
import type { EventSignupPayload } from './event-signup.schema.js';

// The collector's seat rules as pure functions (collector/event-signup.ts), checked here in the
// browser; event-signup.test.ts checks the same rules through a real collector.

const signup = (eventId: string, seats: number, capacity: number | null = 3, name = 'Camille'): Envelope => {
  const payload: EventSignupPayload = {
    eventId,
    eventTitle: 'Atelier équilibre alimentaire',
    eventKind: 'atelier',
    eventStart: '2027-03-04T14:00:00+01:00',
    eventEnd: '2027-03-04T16:00:00+01:00',
    ...(capacity !== null ? { capacity } : {}),
    name,
    contact: { channel: 'phone', value: '06 12 34 56 78' },
    seats,
  };
  return createEnvelope('event-signup', payload, { locale: 'fr' });
};

const recordOf = (envelope: Envelope): CollectedRecord => ({ key: envelope.id, bodyHash: 'x', status: 201, response: {}, envelope, receivedAt: envelope.createdAt });

describe('collector seats: pure rules', () => {
  it('confirms in arrival order up to the capacity, then keeps a waiting list in order', () => {
    const a = signup('ev1', 2);
    const b = signup('ev1', 1);
    const c = signup('ev1', 1);
    const d = signup('ev1', 1);
    const other = signup('ev2', 3);
    const allocation = allocateSeats('ev1', [a, other, b, c, d]);
    expect(allocation.confirmed.map((e) => e.id)).to.deep.equal([a.id, b.id]);
    expect(allocation.waiting.map((e) => e.id)).to.deep.equal([c.id, d.id]);
    expect(seatsAnswer(allocation)).to.deep.equal({ eventId: 'ev1', capacity: 3, taken: 3, left: 0, waiting: 2 });
  });

  it('never lets a later signup overtake someone waiting (strict queue)', () => {
    const a = signup('ev1', 2);
    const group = signup('ev1', 3); // does not fit in the 1 seat left: waits
    const alone = signup('ev1', 1); // would fit, but the group is ahead
    const allocation = allocateSeats('ev1', [a, group, alone]);
    expect(allocation.confirmed.map((e) => e.id)).to.deep.equal([a.id]);
    expect(allocation.waiting.map((e) => e.id)).to.deep.equal([group.id, alone.id]);
    expect(allocation.left).to.equal(0);
  });

  it('gives the 201 answer’s registration for a new signup, with the place on the waiting list', () => {
    const stored = [signup('ev1', 2), signup('ev1', 1)].map(recordOf);
    expect(registrationForNew(signup('ev1', 1), stored)).to.deep.equal({ status: 'waiting', position: 1 });
    const more = [...stored, recordOf(signup('ev1', 1))];
    expect(registrationForNew(signup('ev1', 1), more)).to.deep.equal({ status: 'waiting', position: 2 });
    expect(registrationForNew(signup('ev1', 1), [recordOf(signup('ev1', 1))])).to.deep.equal({ status: 'confirmed' });
  });

  it('keeps the first capacity: a later value (old page or forged request) neither adds seats nor demotes anyone', () => {
    const first = [signup('ev1', 1, 3, 'Ana'), signup('ev1', 1, 3, 'Bob'), signup('ev1', 1, 3, 'Cli')];
    const bigger = allocateSeats('ev1', [...first, signup('ev1', 1, 1000, 'Forge')]);
    expect(seatsAnswer(bigger)).to.deep.equal({ eventId: 'ev1', capacity: 3, taken: 3, left: 0, waiting: 1 });
    const smaller = allocateSeats('ev1', [...first, signup('ev1', 1, 1, 'Forge')]);
    expect(smaller.confirmed.map((entry) => entry.id)).to.deep.equal(first.map((envelope) => envelope.id));
  });

  it('confirms everyone when the event has no capacity (calls for candidates)', () => {
    const many = Array.from({ length: 20 }, () => signup('comite', 1, null));
    const allocation = allocateSeats('comite', many);
    expect(allocation.confirmed).to.have.length(20);
    expect(seatsAnswer(allocation)).to.deep.equal({ eventId: 'comite', capacity: null, taken: 20, left: null, waiting: 0 });
  });

  it('a cancellation frees the seats and promotes the first person waiting', () => {
    const a = signup('ev1', 2);
    const b = signup('ev1', 1);
    const c = signup('ev1', 1);
    const d = signup('ev1', 2);
    const envelopes = [a, b, c, d];
    const result = cancelSignup('ev1', { signupId: b.id }, envelopes, [], new Date('2027-03-01T10:00:00Z'));
    if (!result.ok) throw new Error(result.message);
    expect(result.promoted.map((e) => e.id)).to.deep.equal([c.id]);
    expect(result.seats).to.deep.equal({ eventId: 'ev1', capacity: 3, taken: 3, left: 0, waiting: 1 });
    expect(result.action).to.deep.equal({ type: 'event-cancellation', at: '2027-03-01T10:00:00.000Z', data: { eventId: 'ev1', signupId: b.id } });
    // A second cancellation frees 2 seats: the group of 2 waiting moves up.
    const actions: TeamAction[] = [result.action];
    const second = cancelSignup('ev1', { signupId: a.id }, envelopes, actions);
    if (!second.ok) throw new Error(second.message);
    expect(second.promoted.map((e) => e.id)).to.deep.equal([d.id]);
    expect(second.seats).to.deep.equal({ eventId: 'ev1', capacity: 3, taken: 3, left: 0, waiting: 0 });
  });

  it('cancelling twice is harmless; unknown ids and bad bodies are refused', () => {
    const a = signup('ev1', 1);
    const first = cancelSignup('ev1', { signupId: a.id }, [a], []);
    if (!first.ok) throw new Error(first.message);
    const again = cancelSignup('ev1', { signupId: a.id }, [a], [first.action]);
    expect(again.ok && again.alreadyCancelled).to.be.true;
    expect(cancelSignup('ev1', { signupId: 'nope' }, [a], [])).to.include({ ok: false, status: 404 });
    expect(cancelSignup('ev2', { signupId: a.id }, [a], [])).to.include({ ok: false, status: 404 });
    expect(cancelSignup('ev1', {}, [a], [])).to.include({ ok: false, status: 400 });
    expect(cancelSignup('ev1', 'x', [a], [])).to.include({ ok: false, status: 400 });
  });

  it('route: seats without a token; cancellations need the token, and a collector that passes the context', () => {
    const a = signup('ev1', 1);
    const records = [recordOf(a)];
    const url = new URL('http://collector.invalid/events/ev1/seats');
    expect(eventSignupRule.route('GET', '/events/ev1/seats', url, records)).to.deep.equal({
      status: 200,
      body: { eventId: 'ev1', capacity: 3, taken: 1, left: 2, waiting: 0 },
    });
    expect(eventSignupRule.route('GET', '/events/ev1/other', url, records)).to.be.undefined;
    expect(eventSignupRule.route('POST', '/events/ev1/cancellations', url, records)?.status).to.equal(501);
    const refused = eventSignupRule.route('POST', '/events/ev1/cancellations', url, records, { authorized: false, body: { signupId: a.id }, actions: [] });
    expect(refused?.status).to.equal(401);
    const done = eventSignupRule.route('POST', '/events/ev1/cancellations', url, records, { authorized: true, body: { signupId: a.id }, actions: [] });
    expect(done?.status).to.equal(200);
    expect(done?.store).to.have.length(1);
    expect(eventSignupRule.route('GET', '/events/ev1/seats', url, records, { authorized: false, body: undefined, actions: done!.store! })?.body).to.deep.include({
      taken: 0,
      left: 3,
    });
  });

  it('accept ignores other kinds and broken payloads', () => {
    const idea = createEnvelope('idea', { theme: 'accueil', themeLabel: 'Accueil', text: 'Merci' }, { locale: 'fr' });
    expect(eventSignupRule.accept(idea, [])).to.deep.equal({});
    expect(eventSignupRule.accept(signup('ev1', 1), [recordOf(idea)])).to.deep.equal({ registration: { status: 'confirmed' } });
  });
});
