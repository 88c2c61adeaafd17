import { expect } from '@open-wc/testing';
import type { SubmitOutcome } from '../../core/outbox.js';
import { coreFr as core } from '../../core/translations/fr.js';
import { formatDay, parseEventTime } from '../../contracts/event-time.js';
import { calendarEvent, confirmationText, informationCalendarEvent, registrationIn } from './confirmation.js';
import type { EventItem } from './event-signup.schema.js';
import type { SignedUp } from './event-signup.state.js';
import { signupText } from './signup-text.js';
import { eventSignupFr } from './translations/fr.js';
import { eventSignupLaterFr } from './translations/later.fr.js';

const t = signupText(eventSignupFr, eventSignupLaterFr);

const event: EventItem = {
  id: 'etp',
  title: 'Vivre avec un diabète',
  kind: 'atelier-etp',
  start: '2027-03-04T14:00',
  end: '2027-03-04T16:00',
  place: { name: 'Salle 2', address: '12 rue des Tilleuls, Caen', accessibility: 'Plain-pied' },
  theme: 'Activité physique',
  objectives: ['Bouger sans risque', 'Adapter son traitement'],
  capacity: 2,
};

const signedUp = (full = false, kind: EventItem['kind'] = event.kind): SignedUp => ({
  shown: { event: { ...event, kind }, start: parseEventTime(event.start)!, end: parseEventTime(event.end)!, availability: 'open', seats: { kind: 'unknown' } },
  payload: {
    eventId: event.id,
    eventTitle: event.title,
    eventKind: kind,
    eventStart: '2027-03-04T14:00:00+01:00',
    eventEnd: '2027-03-04T16:00:00+01:00',
    name: 'Camille',
    contact: { channel: 'phone', value: '06 12 34 56 78' },
    seats: 1,
  },
  full,
});

const day = (date: Date) => formatDay(date, 'fr-FR');

const outcome = (status: SubmitOutcome['status'], extra: Partial<SubmitOutcome> = {}): SubmitOutcome => ({
  status,
  id: 'b8f1c1de-0000-4000-8000-000000000001',
  kept: false,
  ...extra,
});

describe('confirmation: what the person is told', () => {
  it('reads the registration of a 201 answer, and nothing else', () => {
    expect(registrationIn({ registration: { status: 'waiting', position: 2 } })).to.deep.equal({ status: 'waiting', position: 2 });
    expect(registrationIn({ registration: { status: 'confirmed' } })).to.deep.equal({ status: 'confirmed' });
    expect(registrationIn({ registration: { status: 'maybe' } })).to.be.undefined;
    expect(registrationIn({ stored: true })).to.be.undefined;
    expect(registrationIn(undefined)).to.be.undefined;
    expect(registrationIn(null)).to.be.undefined;
  });

  it('the server’s word decides: confirmed, or waiting with the place', () => {
    expect(confirmationText(outcome('sent', { response: { registration: { status: 'confirmed' } } }), signedUp(true), t, core, day)).to.deep.equal({
      message: t.confirmed(event.title),
      waiting: false,
    });
    expect(confirmationText(outcome('sent', { response: { registration: { status: 'waiting', position: 3 } } }), signedUp(), t, core, day)).to.deep.equal({
      message: t.waiting(event.title, 3),
      waiting: true,
    });
  });

  it('without a registration, the seats counted when sending decide', () => {
    expect(confirmationText(outcome('sent'), signedUp(false), t, core, day)).to.deep.equal({ message: t.received(event.title), waiting: false });
    expect(confirmationText(outcome('sent'), signedUp(true), t, core, day)).to.deep.equal({ message: t.waiting(event.title, undefined), waiting: true });
  });

  it('kept on the device promises no seat; a local save says so', () => {
    expect(confirmationText(outcome('queued', { kept: true }), signedUp(true), t, core, day)).to.deep.equal({ message: t.queued(event.title), waiting: true });
    expect(confirmationText(outcome('saved', { kept: true }), signedUp(), t, core, day)).to.deep.equal({ message: t.saved(event.title), waiting: false });
  });

  it('a call for candidates is received, never confirmed nor waiting', () => {
    const candidacy = signedUp(false, 'appel-candidatures-comite');
    expect(confirmationText(outcome('sent', { response: { registration: { status: 'waiting', position: 1 } } }), candidacy, t, core, day)).to.deep.equal({
      message: t.candidacyReceived,
      waiting: false,
    });
    expect(confirmationText(outcome('saved'), candidacy, t, core, day).message).to.equal(t.candidacyReceived);
  });

  it('a refusal is said in plain words, with no HTTP status; what became of the contact details follows', () => {
    const refused = confirmationText(outcome('rejected', { httpStatus: 422 }), signedUp(), t, core, day);
    expect(refused).to.deep.equal({ message: t.refused(event.title, false), waiting: false });
    expect(refused.message).not.to.match(/422|erreur|serveur/);
    expect(confirmationText(outcome('rejected', { personalDataErasedAt: '2027-03-01T10:00:00Z' }), signedUp(), t, core, day).message).to.equal(
      `${t.refused(event.title, false)} ${t.contactErased}`,
    );
    expect(confirmationText(outcome('rejected'), signedUp(false, 'appel-candidatures-comite'), t, core, day).message).to.equal(t.refused(event.title, true));
  });

  it('refused for now: the day the device stops trying, written in full', () => {
    const retrying = outcome('rejected', { httpStatus: 404, retryUntil: '2027-03-08T10:00:00Z', personalDataErasedAt: '2027-03-08T10:00:00Z' });
    const { message } = confirmationText(retrying, signedUp(), t, core, day);
    expect(message).to.equal(`${t.refusedForNow(event.title, 'lundi 8 mars 2027', false)} ${t.contactErasedLater('lundi 8 mars 2027')}`);
    expect(message).not.to.match(/404/);
  });
});

describe('confirmation: the calendar entry', () => {
  it('carries the invitation’s facts, a stable uid and the reminder', () => {
    const entry = calendarEvent(signedUp(), 'b8f1c1de', false, t, 'Maison de santé des Tilleuls');
    expect(entry.uid).to.equal('b8f1c1de@msp-event-signup');
    expect(entry.summary).to.equal(event.title);
    expect(entry.location).to.equal('Salle 2, 12 rue des Tilleuls, Caen');
    expect(entry.status).to.equal('CONFIRMED');
    expect(entry.reminder).to.equal(t.reminder(event.title));
    expect(entry.description!.split('\n')).to.deep.equal([
      t.kinds['atelier-etp'],
      t.fact(t.labels.theme, 'Activité physique'),
      '– Bouger sans risque',
      '– Adapter son traitement',
      t.fact(t.labels.access, 'Plain-pied'),
      'Maison de santé des Tilleuls',
    ]);
  });

  it('a waiting-list place is tentative and says so', () => {
    const entry = calendarEvent(signedUp(true), 'b8f1c1de', true, t, undefined);
    expect(entry.status).to.equal('TENTATIVE');
    expect(entry.description!.split('\n')).to.include(t.calendarWaiting);
  });

  it('an information-only event: the same entry for everyone, its uid from the event and its start, never tentative', () => {
    const shown = { ...signedUp().shown, event: { ...event, id: 'portes-ouvertes', kind: 'portes-ouvertes' as const, signup: 'none' as const } };
    const entry = informationCalendarEvent(shown, t, 'Pôle santé Sud');
    expect(entry.uid).to.equal(
      `portes-ouvertes-${entry.start
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')}@msp-event-signup`,
    );
    expect(informationCalendarEvent(shown, t, 'Pôle santé Sud').uid, 'stable').to.equal(entry.uid);
    expect(entry.status).to.equal('CONFIRMED');
    expect(entry.summary).to.equal(event.title);
    expect(entry.description!.split('\n')[0]).to.equal(t.kinds['portes-ouvertes']);
    expect(entry.description!.split('\n')).to.include('Pôle santé Sud');
  });
});
