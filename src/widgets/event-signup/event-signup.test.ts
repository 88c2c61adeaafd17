import { expect, fixture, html } from '@open-wc/testing';
import { parisIn } from '../../../test/helpers/events.js';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createEnvelope } from '../../core/envelope.js';
import { Outbox } from '../../core/outbox.js';
import type { MspErrorEvent, MspSubmittedEvent } from '../../core/events.js';
import { TestCollector, freshDbName, waitFor } from '../../../test/helpers/collector.js';
import './event-signup.js';
import type { MspEventSignup } from './event-signup.component.js';
import type { EventItem, EventSignupPayload } from './event-signup.schema.js';

/** A Paris local time `days` from now, at `hour`:`minute` ("2027-03-04T14:00"). */
const dayIn = (days: number) => parisIn(days).slice(0, 10);

const atelier = (overrides: Partial<EventItem> = {}): EventItem => ({
  id: 'equilibre-alimentaire',
  title: 'Bien manger sans se ruiner',
  kind: 'atelier',
  start: parisIn(20, 14),
  end: parisIn(20, 16),
  place: {
    name: 'Salle commune, rez-de-chaussée',
    address: '12 rue des Tilleuls, Caen',
    accessibility: 'Entrée de plain-pied, toilettes adaptées.',
    wheelchairAccessible: true,
  },
  theme: 'Alimentation',
  objectives: ['Composer des repas équilibrés avec un petit budget'],
  audience: 'Tous les usagers et leurs proches',
  capacity: 12,
  seatsLeft: 5,
  ...overrides,
});

const etp = (overrides: Partial<EventItem> = {}): EventItem => ({
  id: 'etp-diabete',
  title: 'Vivre avec un diabète : l’activité physique',
  kind: 'atelier-etp',
  start: parisIn(30, 10),
  end: parisIn(30, 12),
  place: { name: 'Maison de santé, salle 2' },
  objectives: ['Trouver une activité adaptée', 'Adapter son traitement à l’effort'],
  capacity: 2,
  ...overrides,
});

const comite = (overrides: Partial<EventItem> = {}): EventItem => ({
  id: 'comite-usagers-2027',
  title: 'Rejoindre le comité des usagers',
  kind: 'appel-candidatures-comite',
  start: parisIn(40, 18),
  end: parisIn(40, 20),
  place: { name: 'Maison de santé, salle de réunion' },
  objectives: ['Donner l’avis des usagers sur les projets de la maison de santé'],
  deadline: dayIn(35),
  ...overrides,
});

interface Options {
  endpoint?: string;
  feed?: string;
  config?: Record<string, unknown>;
  events?: EventItem[];
}

async function renderSignup(options: Options = {}): Promise<MspEventSignup> {
  const el = await fixture<MspEventSignup>(
    html`<msp-event-signup
      db-name=${freshDbName('event')}
      endpoint=${ifDefined(options.endpoint)}
      feed=${ifDefined(options.feed)}
      structure-name="Maison de santé des Tilleuls"
      .config=${{ minSecondsToSubmit: 0, events: options.events ?? [atelier()], ...options.config }}
    ></msp-event-signup>`,
  );
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: MspEventSignup, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: MspEventSignup, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const textOf = (el: MspEventSignup) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const activeId = (el: MspEventSignup) => el.shadowRoot!.activeElement?.id;

async function openEvent(el: MspEventSignup, id: string): Promise<void> {
  $(el, `#signup-${CSS.escape(id)}`)!.click();
  await el.updateComplete;
  await waitFor(() => Boolean($(el, 'form')), 2000, 'the form');
}

async function type(el: MspEventSignup, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function fillSignup(el: MspEventSignup, name = 'Camille', phone = '06 12 34 56 78'): Promise<void> {
  await type(el, '#name', name);
  const phoneRadio = $<HTMLInputElement>(el, '#channel input[value="phone"]');
  if (phoneRadio) {
    phoneRadio.click();
    await el.updateComplete;
  }
  await type(el, '#contact', phone);
}

async function submit(el: MspEventSignup): Promise<void> {
  $(el, 'button[type=submit]')!.click();
  await el.updateComplete;
}

const isDone = (el: MspEventSignup) => () => Boolean($(el, '#done-title'));

/** Fills the collector as other people would have, before the page opens. */
async function signUpElsewhere(collector: TestCollector, event: EventItem, seats: number, name: string): Promise<unknown> {
  const payload: EventSignupPayload = {
    eventId: event.id,
    eventTitle: event.title,
    eventKind: event.kind,
    eventStart: '2027-01-01T10:00:00+01:00',
    eventEnd: '2027-01-01T12:00:00+01:00',
    ...(event.capacity ? { capacity: event.capacity } : {}),
    name,
    contact: { channel: 'email', value: `${name.toLowerCase()}@exemple.fr` },
    seats,
  };
  const envelope = createEnvelope('event-signup', payload, { locale: 'fr' });
  const response = await fetch(collector.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id },
    body: JSON.stringify(envelope),
  });
  expect(response.status, 'signup posted by someone else').to.equal(201);
  return response.json();
}

/** The team defines the event on the collector with its token: capacity comes only from there (TEAM-API.md). */
async function defineOnServer(collector: TestCollector, event: EventItem): Promise<void> {
  const response = await fetch(`${collector.url}/events/${event.id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${collector.token}` },
    body: JSON.stringify(event),
  });
  expect(response.status, 'PUT /events/<id> with the team’s token').to.equal(200);
}

/** The seats route must exist: it does once the lead adds eventSignupRule to collector/kinds.ts. */
async function expectSeatsRoute(collector: TestCollector, eventId: string): Promise<void> {
  const response = await fetch(`${collector.url}/events/${eventId}/seats`);
  expect(response.status, 'GET /events/<id>/seats — is eventSignupRule wired in collector/kinds.ts?').to.equal(200);
}

describe('msp-event-signup: accessibility in every state', () => {
  it('list of events (three kinds, one closed)', async () => {
    const el = await renderSignup({
      events: [atelier(), etp({ seatsLeft: 0 }), comite(), atelier({ id: 'ferme', title: 'Groupe de marche', kind: 'groupe-de-marche', deadline: dayIn(-1) })],
    });
    expect($$(el, '[part=event]')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('signup form, then its errors after a submit attempt', async () => {
    const el = await renderSignup();
    await openEvent(el, 'equilibre-alimentaire');
    await expect(el).to.be.accessible();
    await submit(el);
    await waitFor(() => Boolean($(el, '#error-summary')), 2000, 'the error summary');
    expect(activeId(el)).to.equal('error-summary');
    expect($$(el, '#error-summary li')).to.have.length(2);
    expect($(el, '#name')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#name')!.getAttribute('aria-describedby')).to.equal('name-hint name-message');
    await expect(el).to.be.accessible();
  });

  it('health-related workshop on the waiting list, and a call for candidates', async () => {
    const el = await renderSignup({ events: [etp({ seatsLeft: 0 }), comite()] });
    await openEvent(el, 'etp-diabete');
    expect($(el, '[part=health-warning]')).to.exist;
    expect($(el, '[part=waiting-notice]')).to.exist;
    await expect(el).to.be.accessible();
    $(el, '[part~=back]')!.click();
    await el.updateComplete;
    await openEvent(el, 'comite-usagers-2027');
    expect($(el, '#motivation')).to.exist;
    expect($(el, '#seats')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('confirmation, sending state and configuration error', async () => {
    const collector = await TestCollector.start();
    try {
      await collector.fault({ mode: 'slow', delayMs: 600, count: 1 });
      const el = await renderSignup({ endpoint: collector.endpoint });
      await openEvent(el, 'equilibre-alimentaire');
      await fillSignup(el);
      await submit(el);
      await waitFor(() => $(el, 'button[type=submit]')?.getAttribute('aria-disabled') === 'true', 3000, 'the sending state');
      await expect(el).to.be.accessible();
      await waitFor(isDone(el), 5000, 'the confirmation');
      await expect(el).to.be.accessible();
    } finally {
      await collector.stop();
    }
    const broken = await renderSignup({ config: { contactChannel: 'pigeon' } });
    expect($(broken, '[part=config-notice]')).to.exist;
    await expect(broken).to.be.accessible();
  });
});

describe('msp-event-signup: what a usager sees', () => {
  it('shows the invitation’s facts in French: day, times, duration, place, accessibility, theme, objectives, seats', async () => {
    const el = await renderSignup({ events: [atelier({ start: '2027-03-04T14:00', end: '2027-03-04T16:30', deadline: '2027-03-01' })] });
    const text = textOf(el);
    expect(text).to.contain('jeudi 4 mars 2027, de 14 h à 16 h 30');
    expect(text).to.contain('2 h 30');
    expect(text).to.contain('Salle commune, rez-de-chaussée');
    expect(text).to.contain('Accessible en fauteuil roulant.');
    expect(text).to.contain('Entrée de plain-pied');
    expect(text).to.contain('Composer des repas équilibrés');
    expect(text).to.contain('Il reste 5 places sur 12.');
    expect(text).to.contain('Jusqu’au lundi 1er mars 2027 inclus.');
    // Patients never see academic references: the fiche is cited in the README, for the team.
    expect(text).not.to.match(/fiche|HAS/);
    // The structure's name stands alone, never after "par".
    expect(text).to.contain('Maison de santé des Tilleuls : ateliers, rencontres');
  });

  it('the October clock-change night: 01:30–03:30 Paris time, 3 hours, with a note', async () => {
    // 31 October 2027 is the next such night after these tests were written (2026-10-25 is covered in event-time.test.ts).
    const el = await renderSignup({
      events: [atelier({ id: 'nuit', title: 'Nuit des étoiles', kind: 'portes-ouvertes', start: '2027-10-31T01:30', end: '2027-10-31T03:30' })],
    });
    const text = textOf(el);
    expect(text).to.contain('dimanche 31 octobre 2027, de 1 h 30 à 3 h 30');
    expect(text).to.contain('Durée 3 h');
    expect(text).to.contain('les montres reculent d’une heure');
  });

  it('past events are not shown; a passed deadline shows no signup button and no form', async () => {
    const el = await renderSignup({
      events: [
        atelier({ id: 'passe', title: 'Atelier passé', start: parisIn(-2), end: parisIn(-2, 16) }),
        atelier({ id: 'clos', title: 'Atelier clos', deadline: dayIn(-1) }),
      ],
    });
    expect(textOf(el)).not.to.contain('Atelier passé');
    expect(textOf(el)).to.contain('Atelier clos');
    expect(textOf(el)).to.contain('Les inscriptions sont closes.');
    expect($(el, '#signup-clos')).to.not.exist;
    expect($(el, 'form')).to.not.exist;
    const empty = await renderSignup({ events: [atelier({ id: 'passe', start: parisIn(-2), end: parisIn(-2, 16) })] });
    expect($(empty, '[part=empty]')).to.exist;
  });

  it('asks the least and says why and who sees it; a health workshop warns', async () => {
    const el = await renderSignup({
      events: [etp()],
      config: { contactChannel: 'email', privacy: { recipient: 'l’infirmière coordinatrice', retention: 'trois mois' } },
    });
    await openEvent(el, 'etp-diabete');
    const ids = $$(el, 'form input:not([tabindex="-1"]), form select, form textarea').map((field) => field.id);
    expect(ids).to.deep.equal(['name', 'contact', 'seats', 'access']);
    expect($(el, '#contact')!.getAttribute('type')).to.equal('email');
    expect($(el, '#name-hint')!.textContent).to.contain('Un pseudonyme suffit');
    expect($(el, '#contact-hint')!.textContent).to.contain('Seulement pour vous prévenir');
    expect($(el, '#seats-hint')!.textContent).to.contain('Pour réserver assez de places');
    expect(textOf(el)).to.contain('Qui verra votre inscription : l’infirmière coordinatrice, et personne d’autre.');
    expect(textOf(el)).to.contain('Combien de temps : trois mois.');
    expect($(el, '[part=health-warning]')!.textContent).to.contain('peut révéler une information sur votre santé');
    expect($(el, '#access')!.hasAttribute('required')).to.be.false;
  });

  it('offers no more people than seats left, and up to the event’s limit on the waiting list', async () => {
    const el = await renderSignup({ events: [atelier({ seatsLeft: 2, maxSeatsPerSignup: 6 }), etp({ id: 'complet', seatsLeft: 0, maxSeatsPerSignup: 3 })] });
    await openEvent(el, 'equilibre-alimentaire');
    expect($$(el, '#seats option').map((option) => option.textContent)).to.deep.equal(['1 personne', '2 personnes']);
    $(el, '[part~=back]')!.click();
    await el.updateComplete;
    await openEvent(el, 'complet');
    expect($$(el, '#seats option')).to.have.length(3);
  });

  it('says what is wrong in a field once the person leaves it after typing, before any send', async () => {
    const el = await renderSignup();
    await openEvent(el, 'equilibre-alimentaire');
    $<HTMLInputElement>(el, '#channel input[value="phone"]')!.click();
    await el.updateComplete;
    $(el, '#contact')!.focus();
    await type(el, '#contact', '12');
    expect($(el, '#contact-message')!.textContent!.trim(), 'not while typing').to.equal('');
    $(el, '#access')!.focus();
    // A test page in a background tab (two files run at once) gets no focus events: say the field was left.
    if (!document.hasFocus()) $(el, '#contact')!.dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
    expect($(el, '#contact-message')!.textContent).to.contain('Indiquez un numéro de téléphone');
    expect($(el, '#contact')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#name-message')!.textContent!.trim(), 'a field not typed in stays quiet').to.equal('');
    expect($(el, '#error-summary')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('speaks English when the page does', async () => {
    const el = await fixture<MspEventSignup>(
      html`<msp-event-signup
        lang="en"
        db-name=${freshDbName('event')}
        .config=${{ events: [atelier({ start: '2027-03-04T14:00', end: '2027-03-04T16:30' })] }}
      ></msp-event-signup>`,
    );
    await waitFor(() => textOf(el).includes('Upcoming events'), 3000, 'English strings');
    expect(textOf(el)).to.match(/Thursday,? 4 March 2027, from 14:00 to 16:30/);
    await expect(el).to.be.accessible();
  });

  it('reads events from a feed, and says so when the feed is broken', async () => {
    const el = await renderSignup({ feed: '/demo/evenements.json', events: [] });
    await waitFor(() => $$(el, '[part=event]').length > 0, 5000, 'the feed');
    expect(textOf(el)).to.contain('Marche douce au bord de l’Orne');
    const errors: MspErrorEvent[] = [];
    const broken = await fixture<MspEventSignup>(
      html`<msp-event-signup
        db-name=${freshDbName('event')}
        feed="/does-not-exist.json"
        @msp-error=${(e: MspErrorEvent) => errors.push(e)}
      ></msp-event-signup>`,
    );
    await waitFor(() => Boolean($(broken, '[part=feed-unavailable]')), 5000, 'the feed failure');
    // Its msp-error comes with the feed's module (loaded with the feed), a moment after the notice.
    await waitFor(() => errors.length > 0, 5000, 'the feed’s msp-error');
    expect(errors[0]?.detail.reason).to.equal('feed');
    await expect(broken).to.be.accessible();
  });
});

describe('msp-event-signup: keyboard only', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  it('signs up with the keyboard alone, from the list to the calendar link', async () => {
    const el = await renderSignup({ endpoint: collector.endpoint });
    const button = $(el, '#signup-equilibre-alimentaire')!;
    button.focus();
    expect(activeId(el)).to.equal('signup-equilibre-alimentaire');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => activeId(el) === 'form-title', 2000, 'focus on the form heading');
    await sendKeys({ press: 'Tab' });
    expect(activeId(el)).to.equal('name');
    await sendKeys({ type: 'Camille' });
    await sendKeys({ press: 'Tab' });
    expect(activeId(el)).to.equal('channel-0');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(activeId(el)).to.equal('contact');
    await sendKeys({ type: '06 12 34 56 78' });
    await sendKeys({ press: 'Tab' });
    expect(activeId(el)).to.equal('seats');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(activeId(el)).to.equal('access');
    await sendKeys({ type: 'Je viens avec une poussette' });
    await sendKeys({ press: 'Tab' });
    // Buttons carry several parts (`button submit`): the one focused is the send button.
    expect(el.shadowRoot!.activeElement?.matches('[part~=submit]')).to.be.true;
    await sendKeys({ press: 'Enter' });
    await waitFor(isDone(el), 5000, 'the confirmation');
    expect(activeId(el)).to.equal('done-title');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.matches('a[part~=calendar]')).to.be.true;
    const [record] = await collector.records();
    expect(record?.payload).to.deep.include({ name: 'Camille', seats: 2, accessNeeds: 'Je viens avec une poussette' });
    expect((record?.payload as EventSignupPayload).contact).to.deep.equal({ channel: 'phone', value: '06 12 34 56 78' });
  });
});

describe('msp-event-signup: signups through the real collector', () => {
  let collector: TestCollector;
  beforeEach(async () => (collector = await TestCollector.start()));
  afterEach(async () => collector.stop());

  it('sends exactly the contract’s payload and shows the confirmation with the event’s details', async () => {
    const submitted: MspSubmittedEvent[] = [];
    const event = atelier({ start: '2027-03-04T14:00', end: '2027-03-04T16:30' });
    const el = await renderSignup({ endpoint: collector.endpoint, events: [event] });
    el.addEventListener('msp-submitted', (e) => submitted.push(e));
    await openEvent(el, event.id);
    await fillSignup(el, '  Camille  ');
    await submit(el);
    await waitFor(isDone(el), 5000, 'the confirmation');
    const records = await collector.records();
    expect(records).to.have.length(1);
    expect(records[0]!.kind).to.equal('event-signup');
    expect(records[0]!.structure).to.equal('Maison de santé des Tilleuls');
    expect(records[0]!.payload).to.deep.equal({
      eventId: 'equilibre-alimentaire',
      eventTitle: 'Bien manger sans se ruiner',
      eventKind: 'atelier',
      eventStart: '2027-03-04T14:00:00+01:00',
      eventEnd: '2027-03-04T16:30:00+01:00',
      capacity: 12,
      name: 'Camille',
      contact: { channel: 'phone', value: '06 12 34 56 78' },
      seats: 1,
    });
    expect(submitted[0]?.detail.status).to.equal('sent');
    const confirmation = $(el, '[part=confirmation]')!.textContent!.replace(/\s+/g, ' ');
    expect(confirmation).to.contain('jeudi 4 mars 2027, de 14 h à 16 h 30');
    expect(confirmation).to.contain('Salle commune, rez-de-chaussée');
    expect(confirmation).to.contain('Au nom de Camille, pour 1 personne.');
    expect(confirmation).not.to.contain('06 12 34 56 78');
  });

  it('the "Ajouter à mon agenda" file is read by ical.js with the right times and a reminder the day before', async () => {
    const event = atelier({ id: 'nuit', title: 'Nuit des étoiles, en famille', kind: 'portes-ouvertes', start: '2027-10-31T01:30', end: '2027-10-31T03:30' });
    const el = await renderSignup({ endpoint: collector.endpoint, events: [event] });
    await openEvent(el, 'nuit');
    await fillSignup(el);
    await submit(el);
    await waitFor(isDone(el), 5000, 'the confirmation');
    const link = $<HTMLAnchorElement>(el, 'a[part~=calendar]')!;
    expect(link.download).to.equal('nuit-des-etoiles-en-famille-2027-10-31.ics');
    const ics = await (await fetch(link.href)).text();
    expect(ics).to.contain('\r\n');
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.summary).to.equal('Nuit des étoiles, en famille');
    expect(parsed.startDate.toJSDate().toISOString()).to.equal('2027-10-30T23:30:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).to.equal('2027-10-31T02:30:00.000Z');
    expect(parsed.location).to.equal('Salle commune, rez-de-chaussée, 12 rue des Tilleuls, Caen');
    const trigger = vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>;
    expect(trigger.toSeconds()).to.equal(-86_400);
  });

  it('a full event: seats from the endpoint, waiting list said plainly with the place in it', async () => {
    const event = etp({ capacity: 2, seatsLeft: 2 });
    await defineOnServer(collector, event);
    await expectSeatsRoute(collector, event.id);
    await signUpElsewhere(collector, event, 1, 'Alix');
    const other = (await signUpElsewhere(collector, event, 1, 'Sam')) as { registration?: unknown };
    expect(other.registration).to.deep.equal({ status: 'confirmed' });
    const el = await renderSignup({ endpoint: collector.endpoint, events: [event] });
    // The feed says 2 seats left; the endpoint knows better.
    await waitFor(() => textOf(el).includes('Complet'), 5000, 'the live seat count');
    expect($(el, '#signup-etp-diabete')!.textContent).to.contain('S’inscrire sur la liste d’attente');
    await openEvent(el, event.id);
    expect($(el, '[part=waiting-notice]')!.textContent).to.contain('liste d’attente');
    expect($(el, 'button[type=submit]')!.textContent).to.contain('M’inscrire sur la liste d’attente');
    await fillSignup(el, 'Dominique');
    await submit(el);
    await waitFor(isDone(el), 5000, 'the confirmation');
    expect($(el, '#done-title')!.textContent!.replace(/\s+/g, ' ')).to.contain('vous êtes sur la liste d’attente, à la place n° 1');
    expect(await (await fetch(`${collector.url}/events/etp-diabete/seats`)).json()).to.deep.equal({
      eventId: 'etp-diabete',
      capacity: 2,
      taken: 2,
      left: 0,
      waiting: 1,
    });
    const ics = await (await fetch($<HTMLAnchorElement>(el, 'a[part~=calendar]')!.href)).text();
    expect(ics).to.contain('STATUS:TENTATIVE');
    await expect(el).to.be.accessible();
  });

  it('the team frees a seat with the read token: the first person waiting is promoted, durably', async () => {
    const event = etp({ capacity: 1 });
    await defineOnServer(collector, event);
    await expectSeatsRoute(collector, event.id);
    const first = (await signUpElsewhere(collector, event, 1, 'Alix')) as { id: string };
    const second = (await signUpElsewhere(collector, event, 1, 'Sam')) as { id: string; registration: unknown };
    expect(second.registration).to.deep.equal({ status: 'waiting', position: 1 });
    const url = `${collector.url}/events/${event.id}/cancellations`;
    const body = JSON.stringify({ signupId: first.id });
    const refused = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(refused.status, 'without the token').to.equal(401);
    const freed = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${collector.token}` }, body });
    expect(freed.status, 'POST /events/<id>/cancellations — see the collector change in the README').to.equal(200);
    const answer = (await freed.json()) as { promoted: Array<{ id: string }>; seats: unknown };
    expect(answer.promoted.map((entry) => entry.id)).to.deep.equal([second.id]);
    const expected = { eventId: event.id, capacity: 1, taken: 1, left: 0, waiting: 0 };
    expect(answer.seats).to.deep.equal(expected);
    await collector.restart();
    expect(await (await fetch(`${collector.url}/events/${event.id}/seats`)).json(), 'after a restart').to.deep.equal(expected);
  });

  it('seats left come from the endpoint’s seats route, and only from its origin', async () => {
    const event = atelier({ capacity: 3, seatsLeft: 3 });
    await defineOnServer(collector, event);
    await expectSeatsRoute(collector, event.id);
    await signUpElsewhere(collector, event, 2, 'Alix');
    const since = performance.now();
    const el = await renderSignup({ endpoint: collector.endpoint, events: [event] });
    await waitFor(() => textOf(el).includes('Il reste 1 place sur 3.'), 5000, 'the live seat count');
    const requested = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since && entry.name.startsWith('http') && !entry.name.includes('/src/') && !entry.name.includes('/node_modules/'))
      .map((entry) => entry.name);
    expect(requested.length).to.be.greaterThan(0);
    for (const url of requested) expect(new URL(url).origin).to.equal(new URL(collector.endpoint).origin);
  });

  it('the capacity the team defined on the server wins over the one the page was given', async () => {
    const onPage = atelier({ capacity: 12, seatsLeft: 12 });
    await defineOnServer(collector, { ...onPage, capacity: 4 });
    await signUpElsewhere(collector, onPage, 3, 'Alix');
    const el = await renderSignup({ endpoint: collector.endpoint, events: [onPage] });
    await waitFor(() => textOf(el).includes('Il reste 1 place sur 4.'), 5000, 'the server’s count');
    await openEvent(el, onPage.id);
    expect($$(el, '#seats option')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a call for candidates sends the motivation, when given, instead of a seat count', async () => {
    const el = await renderSignup({ endpoint: collector.endpoint, events: [comite()] });
    expect(textOf(el)).to.contain('Pas de nombre de places');
    await openEvent(el, 'comite-usagers-2027');
    await fillSignup(el, 'Noé', '07 00 00 00 00');
    await type(el, '#motivation', 'Je veux que les horaires soient plus faciles pour les parents.');
    await submit(el);
    await waitFor(isDone(el), 5000, 'the confirmation');
    expect($(el, '#done-title')!.textContent).to.contain('Votre candidature a bien été envoyée');
    const [record] = await collector.records();
    expect(record?.payload).to.deep.include({
      eventKind: 'appel-candidatures-comite',
      seats: 1,
      motivation: 'Je veux que les horaires soient plus faciles pour les parents.',
    });
    expect(record?.payload).not.to.have.property('capacity');
  });

  it('refused by the endpoint: the refusal is said, no calendar file, and focus can go back to the list', async () => {
    await collector.fault({ mode: 'error', status: 422, count: 1 });
    const el = await renderSignup({ endpoint: collector.endpoint });
    await openEvent(el, 'equilibre-alimentaire');
    await fillSignup(el);
    await submit(el);
    await waitFor(isDone(el), 5000, 'the outcome');
    expect($(el, '#done-title')!.textContent).to.contain('n’a pas pu être enregistrée');
    expect($(el, '#done-title')!.textContent, 'no HTTP status shown').not.to.match(/422|erreur|serveur/);
    expect(activeId(el)).to.equal('done-title');
    expect($(el, 'a[part~=calendar]')).to.not.exist;
    await expect(el).to.be.accessible();
    $(el, '[part~=back]')!.click();
    await waitFor(() => activeId(el) === 'signup-equilibre-alimentaire', 2000, 'focus back on the event’s button');
  });

  it('endpoint down: kept on the device, said honestly (no seat promised yet)', async () => {
    await collector.down();
    const el = await renderSignup({ endpoint: collector.endpoint, config: { requestTimeoutMs: 1000 } });
    await openEvent(el, 'equilibre-alimentaire');
    await fillSignup(el);
    await submit(el);
    await waitFor(isDone(el), 8000, 'the confirmation');
    expect($(el, '#done-title')!.textContent).to.contain('Votre place sera réservée à ce moment-là');
    await expect(el).to.be.accessible();
    await collector.up();
    // Back online: the outbox delivers it, and the confirmation and the live region say so.
    await Outbox.forDatabase(el.dbName!).flush();
    await waitFor(() => !$(el, '#done-title')!.textContent!.includes('à ce moment-là'), 5000, 'the delivered confirmation');
    expect($(el, '[part=status]')!.textContent).to.contain('vient d’être envoyée');
    expect(await collector.records()).to.have.length(1);
  });
});

const coAnimation = (overrides: Partial<EventItem> = {}): EventItem => ({
  id: 'co-animation-diabete',
  title: 'Animer les ateliers « Vivre avec un diabète »',
  kind: 'appel-candidatures-co-animation-etp',
  start: parisIn(45, 18),
  end: parisIn(45, 19, 30),
  place: { name: 'Salle de réunion, rez-de-chaussée', wheelchairAccessible: true },
  objectives: ['Trouver deux personnes pour animer les ateliers avec l’infirmière'],
  deadline: dayIn(30),
  call: {
    time: '2 heures par mois, pendant un an',
    training: 'Deux demi-journées de formation avec les soignants, offertes',
    compensation: 'Frais de déplacement remboursés et 50 € par atelier animé',
    charterUrl: '/charte-engagement.html',
  },
  ...overrides,
});

const openDay = (overrides: Partial<EventItem> = {}): EventItem => ({
  id: 'portes-ouvertes',
  title: 'Portes ouvertes : venez rencontrer l’équipe',
  kind: 'portes-ouvertes',
  signup: 'none',
  start: parisIn(25, 10),
  end: parisIn(25, 17),
  place: { name: 'Hall d’accueil', address: '12 rue des Tilleuls, Caen', wheelchairAccessible: true },
  theme: 'Découvrir l’équipe et ses ateliers',
  objectives: ['Rencontrer les professionnels', 'Découvrir les ateliers de l’année'],
  capacity: 100,
  ...overrides,
});

const callKinds = [
  'appel-candidatures-comite',
  'appel-candidatures-patient-partenaire',
  'appel-candidatures-co-animation-etp',
  'appel-candidatures-groupe-de-travail',
] as const;

describe('msp-event-signup: calls for candidates and information-only events', () => {
  let collector: TestCollector;
  beforeEach(async () => (collector = await TestCollector.start()));
  afterEach(async () => collector.stop());

  it('lists every kind of call, each with its role in plain words, and an information-only event (axe)', async () => {
    const el = await renderSignup({
      events: [...callKinds.map((kind, index) => coAnimation({ id: `appel-${index}`, kind, call: {} })), openDay()],
      config: { charterUrl: '/charte.pdf' },
    });
    const cards = $$(el, '[part=event]');
    expect(cards).to.have.length(5);
    const byTitle = (id: string) => cards.find((card) => card.querySelector(`#title-${id}`))!.textContent!.replace(/\s+/g, ' ');
    expect(byTitle('appel-0')).to.contain('Appel à candidatures : comité des usagers');
    expect(byTitle('appel-1')).to.contain('Appel à candidatures : patient partenaire');
    expect(byTitle('appel-2')).to.contain('Appel à candidatures : animer des ateliers avec les soignants');
    expect(byTitle('appel-2')).to.contain('Vous vivez avec une maladie de longue durée');
    expect(byTitle('appel-3')).to.contain('Appel à candidatures : groupe de travail');
    // The widget's charter serves every call that has none of its own.
    expect($$(el, 'a[part=charter]').map((link) => link.getAttribute('href'))).to.deep.equal(['/charte.pdf', '/charte.pdf', '/charte.pdf', '/charte.pdf']);
    expect($$(el, '[part~=signup-button]')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('a call for candidates end to end: role, time, training, compensation and charter; motivation optional, with the phone; stored by the collector', async () => {
    const event = coAnimation();
    const el = await fixture<MspEventSignup>(
      html`<msp-event-signup
        db-name=${freshDbName('event')}
        endpoint=${collector.endpoint}
        structure-name="MSP du Bocage"
        phone="02 31 00 00 00"
        .config=${{ minSecondsToSubmit: 0, events: [event] }}
      ></msp-event-signup>`,
    );
    await el.updateComplete;
    const card = $(el, '[part=event]')!.textContent!.replace(/\s+/g, ' ');
    expect(card).to.contain('Appel à candidatures : animer des ateliers avec les soignants');
    expect(card).to.contain('Votre rôle Vous vivez avec une maladie de longue durée');
    expect(card).to.contain('Temps à prévoir 2 heures par mois, pendant un an');
    expect(card).to.contain('Formation Deux demi-journées de formation avec les soignants, offertes');
    expect(card).to.contain('Frais et indemnités Frais de déplacement remboursés et 50 € par atelier animé');
    expect(card).to.contain('Première rencontre');
    expect(card).to.match(/Candidatures Jusqu’au .+ inclus\./);
    expect(card).to.contain('Les règles que professionnels et usagers s’engagent à respecter ensemble.');
    expect($(el, 'a[part=charter]')!.getAttribute('href')).to.equal('/charte-engagement.html');
    expect($(el, 'a[part=charter]')!.textContent).to.equal('Lire la charte de l’engagement');
    expect($(el, 'a[part=phone]')!.getAttribute('href')).to.equal('tel:0231000000');
    expect($(el, '#signup-co-animation-diabete')!.textContent).to.contain('Proposer ma candidature');
    await expect(el).to.be.accessible();

    await openEvent(el, event.id);
    expect($(el, '#form-title')!.textContent).to.contain('Candidature');
    expect($(el, 'section [part=call]')).to.exist;
    expect($(el, '[part=reassurance]')!.textContent).to.contain('ne vous engage à rien');
    // Co-facilitating an ETP workshop is meant for people who live with the illness: applying says something.
    expect($(el, '[part=health-warning]')!.textContent).to.contain('proposer votre candidature peut révéler une information sur votre santé');
    expect($(el, '#seats')).to.not.exist;
    const motivation = $<HTMLTextAreaElement>(el, '#motivation')!;
    expect(motivation.required).to.be.false;
    expect(motivation.getAttribute('aria-required')).to.not.equal('true');
    expect($(el, 'label[for=motivation]')!.textContent).to.contain('facultatif');
    expect($(el, '#motivation-hint')!.textContent!.replace(/\s+/g, ' ')).to.contain('Laissez ce champ vide, ou appelez-nous au 02 31 00 00 00.');
    expect(textOf(el)).to.contain('Qui verra votre candidature : l’équipe qui organise l’événement (MSP du Bocage), et personne d’autre.');
    expect(textOf(el)).to.contain('le temps de vous répondre et, si vous participez, de rester en contact');
    await expect(el).to.be.accessible();

    // No motivation written: sent all the same.
    await fillSignup(el, 'Yasmine', '06 98 76 54 32');
    await submit(el);
    await waitFor(isDone(el), 5000, 'the confirmation');
    expect($(el, '#error-summary')).to.not.exist;
    expect($(el, '#done-title')!.textContent).to.contain('Votre candidature a bien été envoyée');
    await expect(el).to.be.accessible();
    const records = await collector.records();
    expect(records).to.have.length(1);
    expect(records[0]!.structure).to.equal('MSP du Bocage');
    expect(records[0]!.payload).to.deep.include({
      eventId: 'co-animation-diabete',
      eventTitle: 'Animer les ateliers « Vivre avec un diabète »',
      eventKind: 'appel-candidatures-co-animation-etp',
      name: 'Yasmine',
      seats: 1,
    });
    expect((records[0]!.payload as EventSignupPayload).contact).to.deep.equal({ channel: 'phone', value: '06 98 76 54 32' });
    expect(records[0]!.payload).not.to.have.property('motivation');
    expect(records[0]!.payload).not.to.have.property('capacity');
  });

  it('without a phone, the optional motivation says kindly that nothing need be written', async () => {
    const el = await renderSignup({ events: [coAnimation({ kind: 'appel-candidatures-patient-partenaire', call: { time: '1 réunion par trimestre' } })] });
    await openEvent(el, 'co-animation-diabete');
    expect($(el, '#motivation-hint')!.textContent).to.contain('Vous pouvez aussi ne rien écrire');
    expect($(el, 'a[part=phone]')).to.not.exist;
    expect($(el, 'a[part=charter]')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('an information-only event: the invitation’s facts, no form, nothing asked, a calendar file, no request', async () => {
    const since = performance.now();
    const el = await renderSignup({
      endpoint: collector.endpoint,
      // A walk whose "deadline" has passed: there is no signup to close, it stays shown as it is.
      events: [
        openDay(),
        openDay({ id: 'marche', title: 'Marche douce', kind: 'groupe-de-marche', deadline: dayIn(-1), start: parisIn(26, 9), end: parisIn(26, 10, 30) }),
      ],
      config: { phone: '02 31 00 00 00' },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const text = textOf(el);
    expect($$(el, '[part=event]')).to.have.length(2);
    expect(text).to.contain('Sans inscription : il suffit de venir. Rien à remplir, aucune donnée demandée.');
    expect(text).to.contain('Une question ? Appelez-nous au 02 31 00 00 00.');
    expect(text).to.contain('Hall d’accueil');
    expect(text).to.contain('Rencontrer les professionnels');
    expect(text).to.contain('de 10 h à 17 h');
    expect(text).not.to.contain('Les inscriptions sont closes');
    expect(text).not.to.contain('Places');
    expect($(el, '[part~=signup-button]')).to.not.exist;
    expect($(el, 'form')).to.not.exist;
    // Nothing asked: the only control is the language bar's.
    expect($$(el, '.event-signup :is(input, select, textarea)')).to.have.length(0);
    await expect(el).to.be.accessible();

    const link = $<HTMLAnchorElement>(el, 'a[part~=calendar]')!;
    expect(link.href).to.match(/^blob:/);
    expect(link.download).to.match(/^portes-ouvertes.*\.ics$/);
    const vevent = new ICAL.Component(ICAL.parse(await (await fetch(link.href)).text())).getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.summary).to.equal('Portes ouvertes : venez rencontrer l’équipe');
    expect(parsed.location).to.equal('Hall d’accueil, 12 rue des Tilleuls, Caen');
    expect(vevent.getFirstPropertyValue('status')).to.equal('CONFIRMED');

    // Nothing asked of the endpoint: no seat count, and nothing stored.
    const origin = new URL(collector.endpoint).origin;
    const requested = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since && entry.name.startsWith(origin))
      .map((entry) => entry.name);
    expect(requested).to.deep.equal([]);
    expect(await collector.records()).to.have.length(0);
  });

  it('tells the webmaster, once, what a call leaves unsaid', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await renderSignup({ events: [coAnimation({ call: { time: '2 heures par mois' } }), atelier()] });
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      console.warn = original;
    }
    const aboutCalls = warnings.filter((warning) => warning.includes('appel à candidatures'));
    expect(aboutCalls).to.have.length(1);
    expect(aboutCalls[0]).to.contain('"co-animation-diabete"');
    expect(aboutCalls[0]).to.contain('call.training');
    expect(aboutCalls[0]).to.contain('call.compensation');
    expect(aboutCalls[0]).not.to.contain('call.time');
  });
});
