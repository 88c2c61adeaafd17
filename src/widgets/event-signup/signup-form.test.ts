import { expect } from '@open-wc/testing';
import { eventSignupPayloadSchema, type EventItem } from './event-signup.schema.js';
import { draftForEvent, emptyDraft, type ShownEvent, type SignupDraft } from './event-signup.state.js';
import { signupErrors, signupPayload } from './signup-form.js';
import { eventSignupLaterFr as t } from './translations/later.fr.js';
import { parseEventTime } from '../../contracts/event-time.js';
import { seatsShown } from './shown-events.js';

const atelier = (overrides: Partial<EventItem> = {}): EventItem => ({
  id: 'equilibre',
  title: 'Bien manger',
  kind: 'atelier',
  start: '2027-03-04T14:00',
  end: '2027-03-04T16:30',
  place: { name: 'Salle commune' },
  objectives: ['Composer des repas'],
  capacity: 12,
  seatsLeft: 5,
  ...overrides,
});
const comite = (overrides: Partial<EventItem> = {}) =>
  atelier({ id: 'comite', kind: 'appel-candidatures-comite', title: 'Comité', capacity: 10, ...overrides });

const shown = (event: EventItem): ShownEvent => ({
  event,
  start: parseEventTime(event.start)!,
  end: parseEventTime(event.end)!,
  availability: 'open',
  seats: seatsShown(event),
});

const draft = (overrides: Partial<SignupDraft> = {}): SignupDraft => ({
  ...emptyDraft(),
  name: 'Camille',
  channel: 'phone',
  contact: '06 12 34 56 78',
  ...overrides,
});
const fields = (errors: Array<{ fieldId: string }>) => errors.map((error) => error.fieldId);

describe('signup-form: what is missing or wrong', () => {
  it('an empty form asks for a name and a way to be reached, in the order of the fields', () => {
    expect(signupErrors(emptyDraft(), atelier(), t)).to.deep.equal([
      { fieldId: 'name', message: t.nameMissing },
      { fieldId: 'channel', message: t.channelMissing },
    ]);
  });

  it('a name of spaces is no name; a contact must reach someone by the chosen channel', () => {
    expect(fields(signupErrors(draft({ name: '   ' }), atelier(), t))).to.deep.equal(['name']);
    expect(signupErrors(draft({ contact: '12' }), atelier(), t)).to.deep.equal([{ fieldId: 'contact', message: t.phoneInvalid }]);
    expect(signupErrors(draft({ channel: 'email', contact: 'camille@' }), atelier(), t)).to.deep.equal([{ fieldId: 'contact', message: t.emailInvalid }]);
    expect(signupErrors(draft(), atelier(), t)).to.deep.equal([]);
  });

  it('a call for candidates never requires a motivation (only its length is checked); access needs have a limit too', () => {
    for (const kind of [
      'appel-candidatures-comite',
      'appel-candidatures-patient-partenaire',
      'appel-candidatures-co-animation-etp',
      'appel-candidatures-groupe-de-travail',
    ] as const) {
      expect(signupErrors(draft(), comite({ kind }), t), kind).to.deep.equal([]);
    }
    expect(signupErrors(draft({ motivation: 'x'.repeat(601) }), comite(), t)).to.deep.equal([{ fieldId: 'motivation', message: t.tooLong }]);
    expect(signupErrors(draft({ motivation: 'Pour les parents.' }), comite(), t)).to.deep.equal([]);
    expect(signupErrors(draft({ accessNeeds: 'x'.repeat(501) }), atelier(), t)).to.deep.equal([{ fieldId: 'access', message: t.tooLong }]);
    expect(signupErrors(draft({ accessNeeds: 'x'.repeat(500) }), atelier(), t)).to.deep.equal([]);
  });
});

describe('signup-form: the draft when another event is opened', () => {
  it('keeps the person, resets seats and motivation', () => {
    const next = draftForEvent(draft({ seats: 3, motivation: 'Pour le comité', accessNeeds: 'Poussette' }), 'either');
    expect(next).to.deep.equal(draft({ seats: 1, motivation: '', accessNeeds: 'Poussette' }));
  });

  it('never keeps a channel the team does not use', () => {
    expect(draftForEvent(draft({ channel: 'phone' }), 'email').channel).to.equal('email');
    expect(draftForEvent(emptyDraft(), 'phone').channel).to.equal('phone');
    expect(draftForEvent(emptyDraft(), 'either').channel).to.equal('');
  });
});

describe('signup-form: the payload sent', () => {
  it('is the contract’s: trimmed texts, Paris offsets, the capacity for older collectors', () => {
    expect(signupPayload(shown(atelier()), draft({ name: '  Camille ', contact: ' 06 12 34 56 78 ', accessNeeds: '  ' }))).to.deep.equal({
      eventId: 'equilibre',
      eventTitle: 'Bien manger',
      eventKind: 'atelier',
      eventStart: '2027-03-04T14:00:00+01:00',
      eventEnd: '2027-03-04T16:30:00+01:00',
      capacity: 12,
      name: 'Camille',
      contact: { channel: 'phone', value: '06 12 34 56 78' },
      seats: 1,
    });
  });

  it('never asks more seats than offered, never fewer than one; keeps access needs when given', () => {
    expect(signupPayload(shown(atelier({ seatsLeft: 2 })), draft({ seats: 4 })).seats).to.equal(2);
    expect(signupPayload(shown(atelier()), draft({ seats: 0 })).seats).to.equal(1);
    expect(signupPayload(shown(atelier()), draft({ accessNeeds: ' Fauteuil ' })).accessNeeds).to.equal('Fauteuil');
  });

  it('a call for candidates sends one seat and the motivation, and no capacity', () => {
    const payload = signupPayload(shown(comite()), draft({ seats: 3, motivation: ' Pour les parents. ' }));
    expect(payload.seats).to.equal(1);
    expect(payload.motivation).to.equal('Pour les parents.');
    expect(payload).not.to.have.property('capacity');
  });

  it('a call for candidates without a motivation sends none (not an empty string), and is the contract’s', () => {
    const payload = signupPayload(shown(comite({ kind: 'appel-candidatures-co-animation-etp' })), draft({ motivation: '   ' }));
    expect(payload).not.to.have.property('motivation');
    expect(payload.eventKind).to.equal('appel-candidatures-co-animation-etp');
    expect(eventSignupPayloadSchema.safeParse(payload).success).to.be.true;
  });

  it('a motivation typed for a workshop is never sent', () => {
    expect(signupPayload(shown(atelier()), draft({ motivation: 'Pour apprendre' }))).not.to.have.property('motivation');
  });
});
