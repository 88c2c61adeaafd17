import { expect } from '@open-wc/testing';
import { checkConfig } from '../../core/config-problems.js';
import { seatsUrl } from './event-feed.js';
import { eventFeedSchema, eventSignupConfigSchema, eventSignupPayloadSchema, isContactValue } from './event-signup.schema.js';

const event = {
  id: 'marche-1',
  title: 'Marche douce',
  kind: 'groupe-de-marche',
  start: '2027-01-16T10:00',
  end: '2027-01-16T11:30',
  place: { name: 'Devant la maison de santé' },
  objectives: ['Bouger en douceur'],
};

const payload = {
  eventId: 'marche-1',
  eventTitle: 'Marche douce',
  eventKind: 'groupe-de-marche',
  eventStart: '2027-01-16T10:00:00+01:00',
  eventEnd: '2027-01-16T11:30:00+01:00',
  capacity: 15,
  name: 'Camille',
  contact: { channel: 'email', value: 'camille@exemple.fr' },
  seats: 2,
};

describe('event-signup schemas', () => {
  it('accepts the demo feed', async () => {
    const feed: unknown = await (await fetch('/demo/evenements.json')).json();
    const checked = checkConfig(eventFeedSchema, feed, 'config', 'feed');
    expect(checked.ok, JSON.stringify(checked)).to.be.true;
  });

  it('says in French what is wrong in an event, with its path', () => {
    const checked = checkConfig(
      eventFeedSchema,
      { events: [{ ...event, end: '2027-01-16T09:00', objectives: ['a', 'b', 'c'], kind: 'kermesse', start: '16/01/2027 10h' }] },
      'config',
      'feed',
    );
    expect(checked.ok).to.be.false;
    const problems = checked.ok ? [] : checked.problems;
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.expected]));
    expect(byPath['feed.events[0].kind']).to.contain('"atelier-etp"');
    expect(byPath['feed.events[0].start']).to.contain('heure de Paris');
    expect(byPath['feed.events[0].objectives']).to.equal('au plus 2 éléments');
  });

  it('refuses an end before the start', () => {
    const checked = checkConfig(eventFeedSchema, { events: [{ ...event, end: '2027-01-16T09:00' }] }, 'config', 'feed');
    expect(checked.ok ? [] : checked.problems.map((p) => [p.path, p.expected])).to.deep.equal([
      ['feed.events[0].end', 'une fin ("end") après le début ("start")'],
    ]);
  });

  it('the config refuses unknown keys and an unknown contact channel', () => {
    expect(checkConfig(eventSignupConfigSchema, { events: [event], contactChannel: 'either' }, 'config').ok).to.be.true;
    expect(checkConfig(eventSignupConfigSchema, { contactChannel: 'sms' }, 'config').ok).to.be.false;
    expect(checkConfig(eventSignupConfigSchema, { evenements: [] }, 'config').ok).to.be.false;
  });

  it('the payload is exactly the contract: strict, with a reachable contact and 1 to 10 seats', () => {
    expect(eventSignupPayloadSchema.safeParse(payload).success).to.be.true;
    expect(eventSignupPayloadSchema.safeParse({ ...payload, motivation: 'Envie d’aider', accessNeeds: 'Fauteuil' }).success).to.be.true;
    expect(eventSignupPayloadSchema.safeParse({ ...payload, birthDate: '1950-01-01' }).success).to.be.false;
    expect(eventSignupPayloadSchema.safeParse({ ...payload, seats: 0 }).success).to.be.false;
    expect(eventSignupPayloadSchema.safeParse({ ...payload, seats: 11 }).success).to.be.false;
    expect(eventSignupPayloadSchema.safeParse({ ...payload, eventStart: '2027-01-16T10:00' }).success).to.be.false;
    expect(eventSignupPayloadSchema.safeParse({ ...payload, contact: { channel: 'email', value: '06 12 34 56 78' } }).success).to.be.false;
    expect(eventSignupPayloadSchema.safeParse({ ...payload, contact: { channel: 'sms', value: '06 12 34 56 78' } }).success).to.be.false;
  });

  it('recognises phone numbers and e-mail addresses as people type them', () => {
    for (const phone of ['06 12 34 56 78', '06.12.34.56.78', '+33 6 12 34 56 78', '0612345678']) expect(isContactValue('phone', phone), phone).to.be.true;
    for (const bad of ['12', 'appelez-moi', '06 12']) expect(isContactValue('phone', bad), bad).to.be.false;
    expect(isContactValue('email', 'prenom.nom@exemple.fr')).to.be.true;
    expect(isContactValue('email', 'prenom@exemple')).to.be.false;
  });

  it('asks for seats on the endpoint’s own origin only', () => {
    expect(seatsUrl('http://127.0.0.1:8787/submissions', 'marche-1')).to.equal('http://127.0.0.1:8787/events/marche-1/seats');
    expect(seatsUrl('https://collecte.msp.fr/api/submissions/', 'a b')).to.equal('https://collecte.msp.fr/api/events/a%20b/seats');
    expect(seatsUrl('https://msp.fr/inscriptions/recevoir.php', 'x')).to.equal('https://msp.fr/inscriptions/events/x/seats');
    expect(new URL(seatsUrl('https://msp.fr/submissions', '..%2F..%2Fevil.example')).origin).to.equal('https://msp.fr');
  });
});

describe('event-signup schemas: calls for candidates and information-only events (additive)', () => {
  const callEvent = {
    ...event,
    id: 'patient-partenaire-2027',
    title: 'Devenir patient partenaire',
    kind: 'appel-candidatures-patient-partenaire',
    phone: '02 31 00 00 00',
    call: {
      role: 'Construire avec l’équipe les documents remis aux patients.',
      time: '2 heures par mois',
      training: 'Une journée de formation avec les professionnels, offerte',
      compensation: 'Frais de déplacement remboursés',
      charterUrl: '/charte-engagement.pdf',
    },
  };
  const problemsOf = (value: unknown) => {
    const checked = checkConfig(eventFeedSchema, value, 'config', 'feed');
    return checked.ok ? [] : checked.problems.map((p) => [p.path, p.expected]);
  };

  it('yesterday’s feeds and payloads stay valid: no new field is required', () => {
    expect(problemsOf({ events: [event, { ...event, id: 'comite', kind: 'appel-candidatures-comite' }] })).to.deep.equal([]);
    expect(eventSignupPayloadSchema.safeParse(payload).success).to.be.true;
    expect(eventSignupPayloadSchema.safeParse({ ...payload, eventKind: 'appel-candidatures-comite', motivation: 'Envie' }).success).to.be.true;
  });

  it('takes every call kind with its facts, and information-only events', () => {
    for (const kind of [
      'appel-candidatures-comite',
      'appel-candidatures-patient-partenaire',
      'appel-candidatures-co-animation-etp',
      'appel-candidatures-groupe-de-travail',
    ]) {
      expect(problemsOf({ events: [{ ...callEvent, kind }] }), kind).to.deep.equal([]);
      expect(eventSignupPayloadSchema.safeParse({ ...payload, eventKind: kind, seats: 1 }).success, kind).to.be.true;
    }
    expect(problemsOf({ events: [{ ...event, kind: 'portes-ouvertes', signup: 'none', phone: '+33 2 31 00 00 00' }] })).to.deep.equal([]);
    expect(problemsOf({ events: [{ ...event, signup: 'online' }] })).to.deep.equal([]);
  });

  it('says in French what is wrong: a call on another kind, a call without signup, a bad phone, an unknown call field', () => {
    expect(problemsOf({ events: [{ ...event, call: { time: '1 h' } }] })).to.deep.equal([
      ['feed.events[0].call', 'un "kind" d’appel à candidatures (appel-candidatures-…) pour porter "call"'],
    ]);
    expect(problemsOf({ events: [{ ...callEvent, signup: 'none' }] })).to.deep.equal([
      ['feed.events[0].signup', '"online" ou rien : un appel à candidatures reçoit des candidatures'],
    ]);
    expect(problemsOf({ events: [{ ...event, phone: 'appelez-nous' }] }).map(([path]) => path)).to.deep.equal(['feed.events[0].phone']);
    expect(problemsOf({ events: [{ ...callEvent, call: { ...callEvent.call, salary: 10 } }] }).map(([path]) => path)).to.deep.equal(['feed.events[0].call']);
    expect(problemsOf({ events: [{ ...callEvent, call: { charterUrl: 'javascript:alert(1)' } }] }).map(([path]) => path)).to.deep.equal([
      'feed.events[0].call.charterUrl',
    ]);
    expect(problemsOf({ events: [{ ...event, signup: 'maybe' }] }).map(([path]) => path)).to.deep.equal(['feed.events[0].signup']);
  });

  it('the config takes the team’s phone and charter', () => {
    expect(checkConfig(eventSignupConfigSchema, { phone: '02 31 00 00 00', charterUrl: 'https://msp.example/charte.pdf' }, 'config').ok).to.be.true;
    expect(checkConfig(eventSignupConfigSchema, { phone: '12' }, 'config').ok).to.be.false;
  });
});

describe('event-signup README', () => {
  it('its example of each call and of an information-only event is a valid feed', async () => {
    const readme = await (await fetch('/src/widgets/event-signup/README.md')).text();
    const block = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!).find((json) => json.includes('"signup": "none"'));
    expect(block, 'the example feed in the README').to.exist;
    const feed = JSON.parse(block!) as { events: Array<{ kind: string; signup?: string }> };
    const checked = checkConfig(eventFeedSchema, feed, 'config', 'feed');
    expect(checked.ok, JSON.stringify(checked)).to.be.true;
    expect(feed.events.map((e) => e.kind)).to.include.members([
      'appel-candidatures-comite',
      'appel-candidatures-patient-partenaire',
      'appel-candidatures-co-animation-etp',
      'appel-candidatures-groupe-de-travail',
    ]);
  });
});
