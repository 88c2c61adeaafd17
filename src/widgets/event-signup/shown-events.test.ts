import { expect } from '@open-wc/testing';
import type { EventItem } from './event-signup.schema.js';
import type { SeatsInfo } from './event-signup.state.js';
import {
  eventAvailability,
  isCandidacy,
  isFull,
  isHealthRelated,
  isInformationOnly,
  maxSeats,
  openEvent,
  seatsShown,
  seatsToAsk,
  shownEvents,
} from './shown-events.js';

const now = new Date('2027-03-01T12:00:00Z');

const event = (overrides: Partial<EventItem> = {}): EventItem => ({
  id: 'atelier',
  title: 'Bien manger sans se ruiner',
  kind: 'atelier',
  start: '2027-03-04T14:00',
  end: '2027-03-04T16:00',
  place: { name: 'Salle commune' },
  objectives: ['Composer des repas équilibrés'],
  ...overrides,
});

const live = (overrides: Partial<SeatsInfo> = {}): SeatsInfo => ({ capacity: null, taken: 0, left: null, waiting: 0, ...overrides });

describe('shown-events: which events the widget offers', () => {
  it('merges the inline events and the feed’s (the feed wins for the same id), soonest first', () => {
    const inline = [event({ id: 'b', title: 'Inline', start: '2027-03-10T10:00', end: '2027-03-10T11:00' }), event({ id: 'a', title: 'Inline A' })];
    const feed = [event({ id: 'b', title: 'Du flux', start: '2027-03-02T10:00', end: '2027-03-02T11:00' })];
    const shown = shownEvents(inline, feed, new Map(), now);
    expect(shown.map((s) => [s.event.id, s.event.title])).to.deep.equal([
      ['b', 'Du flux'],
      ['a', 'Inline A'],
    ]);
    expect(shown[0]!.start.toISOString()).to.equal('2027-03-02T09:00:00.000Z');
  });

  it('leaves past events out and keeps an event after its deadline, closed', () => {
    const shown = shownEvents(
      [
        event({ id: 'passe', start: '2027-02-20T10:00', end: '2027-02-20T11:00' }),
        event({ id: 'clos', deadline: '2027-02-28' }),
        event({ id: 'ouvert', deadline: '2027-03-03' }),
      ],
      [],
      new Map(),
      now,
    );
    expect(shown.map((s) => [s.event.id, s.availability])).to.deep.equal([
      ['clos', 'closed'],
      ['ouvert', 'open'],
    ]);
  });

  it('gives each event its seats, from the live count when there is one', () => {
    const shown = shownEvents([event({ capacity: 10, seatsLeft: 8 })], [], new Map([['atelier', live({ taken: 9 })]]), now);
    expect(shown[0]!.seats).to.deep.equal({ kind: 'counted', left: 1, capacity: 10, waiting: 0 });
  });

  it('asks the live count only for open events with a capacity, never for a call for candidates', () => {
    const shown = shownEvents(
      [
        event({ id: 'avec', capacity: 10 }),
        event({ id: 'sans' }),
        event({ id: 'clos', capacity: 10, deadline: '2027-02-28' }),
        event({ id: 'comite', kind: 'appel-candidatures-comite', capacity: 10 }),
        event({ id: 'etp', kind: 'appel-candidatures-co-animation-etp', capacity: 10 }),
      ],
      [],
      new Map(),
      now,
    );
    expect(seatsToAsk(shown)).to.deep.equal(['avec']);
  });

  it('an information-only event: shown until it ends (deadline ignored), never asked for seats', () => {
    // now = 2027-03-01 13:00 Paris: an open day that began at 10:00 and ends at 17:00 is still on.
    const openDay = event({
      id: 'po',
      kind: 'portes-ouvertes',
      signup: 'none',
      start: '2027-03-01T10:00',
      end: '2027-03-01T17:00',
      capacity: 50,
      deadline: '2027-02-01',
    });
    const over = event({ id: 'fini', kind: 'groupe-de-marche', signup: 'none', start: '2027-03-01T09:00', end: '2027-03-01T10:00' });
    const shown = shownEvents([openDay, over, event({ id: 'avec', capacity: 10 })], [], new Map(), now);
    expect(shown.map((s) => [s.event.id, s.availability])).to.deep.equal([
      ['po', 'open'],
      ['avec', 'open'],
    ]);
    expect(seatsToAsk(shown)).to.deep.equal(['avec']);
    expect(shown[0]!.seats).to.deep.equal({ kind: 'unknown' });
    expect(eventAvailability(openDay, new Date('2027-03-01T16:00:00Z'), now)).to.equal('open');
    expect(eventAvailability(openDay, now, now)).to.equal('past');
    // A signup event keeps its rule: it left the list once it began, and closes at its deadline.
    expect(eventAvailability(event({ start: '2027-03-01T10:00', end: '2027-03-01T17:00' }), new Date('2027-03-01T16:00:00Z'), now)).to.equal('past');
    expect(isInformationOnly(openDay)).to.be.true;
    expect(isInformationOnly(event({ signup: 'online' }))).to.be.false;
    expect(isInformationOnly(event())).to.be.false;
  });

  it('opens the form of an open event that asks for a signup, never of a closed, unknown or information-only one', () => {
    const shown = shownEvents(
      [event({ id: 'ouvert' }), event({ id: 'clos', deadline: '2027-02-28' }), event({ id: 'portes', kind: 'portes-ouvertes', signup: 'none' })],
      [],
      new Map(),
      now,
    );
    expect(openEvent(shown, 'ouvert')?.event.id).to.equal('ouvert');
    expect([openEvent(shown, 'clos'), openEvent(shown, 'portes'), openEvent(shown, 'ailleurs'), openEvent(shown, undefined)]).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('knows every call for candidates and a health-related event (ETP by default, or as the team says)', () => {
    for (const kind of [
      'appel-candidatures-comite',
      'appel-candidatures-patient-partenaire',
      'appel-candidatures-co-animation-etp',
      'appel-candidatures-groupe-de-travail',
    ] as const) {
      expect(isCandidacy(event({ kind })), kind).to.be.true;
    }
    expect(isCandidacy(event({ kind: 'atelier-etp' }))).to.be.false;
    expect(isCandidacy(event())).to.be.false;
    expect(isHealthRelated(event({ kind: 'atelier-etp' }))).to.be.true;
    expect(isHealthRelated(event({ kind: 'appel-candidatures-co-animation-etp' }))).to.be.true;
    expect(isHealthRelated(event({ kind: 'appel-candidatures-groupe-de-travail' }))).to.be.false;
    expect(isHealthRelated(event({ kind: 'atelier-etp', healthRelated: false }))).to.be.false;
    expect(isHealthRelated(event({ healthRelated: true }))).to.be.true;
    expect(isHealthRelated(event())).to.be.false;
  });
});

describe('shown-events: seats shown, from the feed or the live count', () => {
  it('a call for candidates has no seat count at all', () => {
    expect(seatsShown(event({ kind: 'appel-candidatures-comite', capacity: 10, seatsLeft: 3 }), live({ capacity: 10, left: 3 }))).to.deep.equal({
      kind: 'candidacy',
    });
  });

  it('without a live count: the feed’s seats left, with its capacity; nothing when the feed gives none', () => {
    expect(seatsShown(event({ capacity: 12, seatsLeft: 5 }))).to.deep.equal({ kind: 'counted', left: 5, capacity: 12, waiting: 0 });
    expect(seatsShown(event({ seatsLeft: 0 }))).to.deep.equal({ kind: 'counted', left: 0, capacity: undefined, waiting: 0 });
    expect(seatsShown(event({ capacity: 12 }))).to.deep.equal({ kind: 'unknown' });
  });

  it('the team defined the event on the server: the server’s capacity and seats left stand over the feed’s', () => {
    expect(seatsShown(event({ capacity: 12, seatsLeft: 12 }), live({ capacity: 8, taken: 6, left: 2 }))).to.deep.equal({
      kind: 'counted',
      left: 2,
      capacity: 8,
      waiting: 0,
    });
    expect(seatsShown(event({ capacity: 12 }), live({ capacity: 8, taken: 8, left: 0, waiting: 3 }))).to.deep.equal({
      kind: 'counted',
      left: 0,
      capacity: 8,
      waiting: 3,
    });
  });

  it('no capacity on the server: the feed’s capacity minus the seats taken; full while anyone waits', () => {
    expect(seatsShown(event({ capacity: 3, seatsLeft: 3 }), live({ taken: 2 }))).to.deep.equal({ kind: 'counted', left: 1, capacity: 3, waiting: 0 });
    expect(seatsShown(event({ capacity: 3 }), live({ taken: 5 }))).to.deep.equal({ kind: 'counted', left: 0, capacity: 3, waiting: 0 });
    expect(seatsShown(event({ capacity: 3 }), live({ taken: 1, waiting: 1 }))).to.deep.equal({ kind: 'counted', left: 0, capacity: 3, waiting: 1 });
  });

  it('no capacity anywhere: unlimited, nothing shown (the feed’s stale seatsLeft is not used)', () => {
    expect(seatsShown(event({ seatsLeft: 4 }), live({ taken: 7 }))).to.deep.equal({ kind: 'unknown' });
  });

  it('full means no seat left, and nothing else', () => {
    expect(isFull({ kind: 'counted', left: 0, capacity: 2, waiting: 0 })).to.be.true;
    expect(isFull({ kind: 'counted', left: 1, capacity: 2, waiting: 0 })).to.be.false;
    expect(isFull({ kind: 'unknown' })).to.be.false;
    expect(isFull({ kind: 'candidacy' })).to.be.false;
  });

  it('one signup brings up to the event’s limit (4 by default), and no more than the seats left unless full', () => {
    expect(maxSeats(event(), { kind: 'unknown' })).to.equal(4);
    expect(maxSeats(event({ maxSeatsPerSignup: 6 }), { kind: 'counted', left: 2, capacity: 10, waiting: 0 })).to.equal(2);
    expect(maxSeats(event({ maxSeatsPerSignup: 3 }), { kind: 'counted', left: 9, capacity: 10, waiting: 0 })).to.equal(3);
    // Full: a group may still join the waiting list, up to the event's limit.
    expect(maxSeats(event({ maxSeatsPerSignup: 3 }), { kind: 'counted', left: 0, capacity: 10, waiting: 2 })).to.equal(3);
  });
});
