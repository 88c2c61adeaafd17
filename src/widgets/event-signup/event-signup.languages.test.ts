import { expect } from '@open-wc/testing';
import { parisIn } from '../../../test/helpers/events.js';
import { TestCollector, freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { applyMode, forgetLanguageChoice, modes, type Mode } from '../../../test/helpers/modes.js';
import { screenshot, setViewport } from '../../../test/helpers/page.js';
import { fakeSpeech } from '../../../test/helpers/speech.js';
import { Outbox } from '../../core/outbox.js';
import './event-signup.js';
import type { MspEventSignup } from './event-signup.component.js';
import type { EventItem } from './event-signup.schema.js';
import { kindPictogramNames } from './pictograms.js';
import type { SignupText as EventSignupStrings } from './event-signup.state.js';
import { signupText } from './signup-text.js';
import { eventSignupAr as listAr } from './translations/ar.js';
import { eventSignupEasy as listEasy } from './translations/easy.js';
import { eventSignupEn as listEn } from './translations/en.js';
import { eventSignupFr as listFr } from './translations/fr.js';
import { eventSignupLaterAr } from './translations/later.ar.js';
import { eventSignupLaterEasy } from './translations/later.easy.js';
import { eventSignupLaterEn } from './translations/later.en.js';
import { eventSignupLaterFr } from './translations/later.fr.js';

// Issue 14 and 15 for the event signup: every state in each language and mode (fr, fr easy-read,
// en, ar) passes axe; Arabic is laid out right to left; the person's choice of language is
// remembered across a reload and recorded in the envelope a real collector stores; read-aloud
// speaks the right text in the right language; headings follow heading-level / hide-heading; the
// invitation's facts stack in a narrow column. Screenshots go to test-output/screenshots.

/** A Paris local time `days` from now, at `hour`:`minute`. */

const atelier: EventItem = {
  id: 'cuisine',
  title: 'Bien manger sans se ruiner',
  kind: 'atelier',
  start: parisIn(20, 14),
  end: parisIn(20, 16, 30),
  place: { name: 'Salle commune', address: '12 rue des Tilleuls, Caen', wheelchairAccessible: true },
  objectives: ['Composer des repas équilibrés avec un petit budget'],
  capacity: 12,
};
/** Full: no capacity (so no live count is asked), no seat left. */
const full: EventItem = {
  id: 'etp-diabete',
  title: 'Vivre avec un diabète',
  kind: 'atelier-etp',
  start: parisIn(30, 10),
  end: parisIn(30, 12),
  place: { name: 'Salle 2' },
  objectives: ['Trouver une activité adaptée'],
  seatsLeft: 0,
};
const call: EventItem = {
  id: 'comite',
  title: 'Rejoindre le comité',
  kind: 'appel-candidatures-comite',
  start: parisIn(40, 18),
  end: parisIn(40, 20),
  place: { name: 'Salle de réunion' },
  objectives: ['Donner votre avis sur les projets'],
  call: { time: '2 heures par mois' },
};
const openDay: EventItem = {
  id: 'portes-ouvertes',
  title: 'Portes ouvertes',
  kind: 'portes-ouvertes',
  signup: 'none',
  start: parisIn(25, 10),
  end: parisIn(25, 17),
  place: { name: 'Hall d’accueil' },
  objectives: ['Rencontrer l’équipe'],
};

// Each language's words: the list's catalogue and the form's and confirmation's (translations/later.*.ts).
const eventSignupFr = signupText(listFr, eventSignupLaterFr);
const eventSignupEasy = signupText(listEasy, eventSignupLaterEasy);
const eventSignupEn = signupText(listEn, eventSignupLaterEn);
const eventSignupAr = signupText(listAr, eventSignupLaterAr);

const catalogs: Record<string, EventSignupStrings> = { fr: eventSignupFr, 'fr easy-read': eventSignupEasy, en: eventSignupEn, ar: eventSignupAr };

const holders: HTMLElement[] = [];

/** A signup in a plain holder (not open-wc's fixture: re-created at will, as after a reload). */
async function mount(
  attributes: Record<string, string> = {},
  events: EventItem[] = [atelier, full, call, openDay],
  width?: number,
  config: Record<string, unknown> = {},
): Promise<MspEventSignup> {
  const holder = document.createElement('div');
  if (width) holder.style.inlineSize = `${width}px`;
  const el = document.createElement('msp-event-signup') as MspEventSignup;
  el.setAttribute('db-name', freshDbName('event-lang'));
  el.setAttribute('structure-name', 'Maison de santé des Tilleuls');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.config = { minSecondsToSubmit: 0, requestTimeoutMs: 1500, phone: '02 31 00 00 00', events, ...config };
  holder.append(el);
  document.body.append(holder);
  holders.push(holder);
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: MspEventSignup, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: MspEventSignup, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** Spaces as a reader sees them (the French no-break ones count as spaces). */
const plain = (value: string) => value.replace(/\s+/g, ' ').trim();
const text = (el: MspEventSignup, selector = '.event-signup') => plain($(el, selector)?.textContent ?? '');

/** Whether `first` is drawn left of `second` in an element's text (bidi order on screen, not in memory). */
function leftOf(element: HTMLElement, first: string, second: string): boolean {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const boxes: Record<string, number> = {};
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const part of [first, second]) {
      const at = node.textContent!.indexOf(part, part === second && first === second ? node.textContent!.indexOf(first) + 1 : 0);
      if (at < 0 || boxes[part] !== undefined) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + part.length);
      boxes[part] = range.getBoundingClientRect().left;
    }
  }
  return boxes[first]! < boxes[second]!;
}

async function open(el: MspEventSignup, id: string): Promise<void> {
  $(el, `#signup-${id}`)!.click();
  await waitFor(() => Boolean($(el, 'form')), 10_000, `the form of ${id}`);
  await el.updateComplete;
}

async function type(el: MspEventSignup, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function fillAndSend(el: MspEventSignup): Promise<void> {
  await type(el, '#name', 'Camille');
  $<HTMLInputElement>(el, '#channel input[value="phone"]')?.click();
  await el.updateComplete;
  await type(el, '#contact', '06 12 34 56 78');
  $(el, 'button[type=submit]')!.click();
  await waitFor(() => Boolean($(el, '#done-title')), 8000, 'the confirmation');
  await el.updateComplete;
}

async function back(el: MspEventSignup): Promise<void> {
  $(el, '[part~=back]')!.click();
  await waitFor(() => Boolean($(el, '[part=events]')), 10_000, 'the list');
}

describe('msp-event-signup in every language and mode', function () {
  // Eight states checked by axe per mode, sends to a real collector: longer than the default on a shared 2-core machine.
  this.timeout(120_000);
  let collector: TestCollector;
  let speech: ReturnType<typeof fakeSpeech>;

  before(async () => {
    collector = await TestCollector.start();
  });
  after(async () => {
    await collector.stop();
  });
  beforeEach(() => {
    // Voices for every language, so read-aloud buttons are drawn (and checked by axe).
    speech = fakeSpeech();
  });
  afterEach(async () => {
    speech.restore();
    forgetLanguageChoice();
    holders.splice(0).forEach((holder) => holder.remove());
    await collector.up();
    await collector.fault({ mode: 'none' });
    await setViewport(800, 600);
  });

  for (const mode of modes) {
    const t = catalogs[mode.name]!;

    it(`${mode.name}: every state passes axe (list, form, errors, confirmation, full, call, information only, queued, refused)`, async () => {
      const el = await mount({ endpoint: collector.endpoint });
      await applyMode(el, mode);
      const checked: string[] = [];
      const check = async (state: string) => {
        await el.updateComplete;
        await expect(el, `${mode.name}: ${state}`).to.be.accessible();
        checked.push(state);
      };

      // The list, with the information-only event and the call in it.
      await waitFor(() => text(el).includes(plain(t.heading)), 3000, 'the strings of the mode');
      expect(text(el, '[part=events]')).to.contain(plain(t.kinds.atelier));
      expect(text(el)).to.contain(plain(t.noSignup));
      expect(text(el)).to.contain(plain(t.kinds['appel-candidatures-comite']));
      expect(text(el)).to.contain(plain(t.full));
      await check('list');

      await open(el, 'cuisine');
      await check('form');
      $(el, 'button[type=submit]')!.click();
      await waitFor(() => Boolean($(el, '#error-summary')), 3000, 'the error summary');
      expect(text(el, '#error-summary')).to.contain(plain(t.nameMissing));
      await check('errors shown');
      await fillAndSend(el);
      expect(text(el, '#done-title')).to.be.oneOf([plain(t.confirmed(atelier.title)), plain(t.received(atelier.title))]);
      await check('confirmation');
      await back(el);

      await open(el, 'etp-diabete');
      expect(text(el, '[part=waiting-notice]')).to.equal(plain(t.waitingListNotice));
      await check('full (waiting list form)');
      await back(el);

      await open(el, 'comite');
      expect(text(el, '[part=reassurance]')).to.equal(plain(t.candidacyReassurance));
      await check('call for candidates');
      await back(el);

      // Queued: the collector is down; nothing promised, said plainly.
      await collector.down();
      await open(el, 'cuisine');
      await fillAndSend(el);
      expect(text(el, '#done-title')).to.equal(plain(t.queued(atelier.title)));
      await check('queued');
      await back(el);
      await collector.up();
      // The queued signup goes now, before the refusal below is armed (else it would take it).
      await Outbox.forDatabase(el.dbName!).flush();

      // Refused for good: plain words, no HTTP status.
      await collector.fault({ mode: 'error', status: 422, count: 1 });
      await open(el, 'cuisine');
      await fillAndSend(el);
      const refused = text(el, '#done-title');
      expect(refused).to.contain(plain(t.refused(atelier.title, false)));
      expect(refused).not.to.match(/422|erreur|error|serveur|server/i);
      await check('refused');
      expect(checked).to.have.length(8);
    });
  }

  it('a screenshot of each mode (list, form with its errors, confirmation), Arabic mirrored', async () => {
    for (const mode of modes) {
      const el = await mount({ endpoint: collector.endpoint }, [atelier, full, openDay]);
      await applyMode(el, mode);
      await screenshot(`event-signup-${mode.name.replace(' ', '-')}-list`, el);
      await open(el, 'cuisine');
      $(el, 'button[type=submit]')!.click();
      await waitFor(() => Boolean($(el, '#error-summary')), 5000, 'the error summary');
      await screenshot(`event-signup-${mode.name.replace(' ', '-')}-form-errors`, el);
      await fillAndSend(el);
      await screenshot(`event-signup-${mode.name.replace(' ', '-')}-confirmation`, el);
      holders.splice(0).forEach((holder) => holder.remove());
    }
  });

  it('Arabic: right to left, mirrored layout, Arabic text, Latin digits, phone numbers left to right', async () => {
    const el = await mount({ lang: 'ar', endpoint: collector.endpoint });
    await el.updateComplete;
    const root = $(el, '.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(root).direction).to.equal('rtl');
    expect(text(el)).to.contain(eventSignupAr.heading);
    // The card's accent border is on the right (its start), the kind's pictogram right of its name.
    const card = $(el, '.event')!;
    const style = getComputedStyle(card);
    expect(parseFloat(style.borderRightWidth)).to.be.above(parseFloat(style.borderLeftWidth));
    const kind = $(el, '.kind')!;
    const picture = kind.querySelector('svg')!.getBoundingClientRect();
    const name = kind.querySelector('span')!.getBoundingClientRect();
    expect(picture.left, 'pictogram right of the kind’s name').to.be.above(name.left);
    expect(card.getBoundingClientRect().right - kind.getBoundingClientRect().right, 'the kind starts at the right').to.be.below(40);
    // The read-aloud button sits left of the title (after it, right to left).
    const head = $(el, '.event-head')!;
    expect(head.querySelector('button')!.getBoundingClientRect().left).to.be.below(head.querySelector('[id^=title-]')!.getBoundingClientRect().left);
    // Dates in Arabic with Latin digits; times written 14:00.
    expect(text(el)).to.match(/\d{4}/);
    expect(text(el)).not.to.match(/[\u0660-\u0669]/);
    expect(text(el)).to.contain('من 14:00 إلى 16:30');
    // A phone number keeps its digit groups in order.
    const phone = $<HTMLAnchorElement>(el, 'a[part=phone]')!;
    expect(phone.getAttribute('dir')).to.equal('ltr');
    expect(phone.textContent).to.equal('02 31 00 00 00');
    expect(leftOf(phone, '02', '00'), 'the number’s groups in order').to.equal(true);
    // The team's French address keeps its order ("12 rue…", not "rue… 12").
    const address = $$(el, '.event dd p').find((p) => p.textContent === '12 rue des Tilleuls, Caen')!;
    expect(leftOf(address, '12', 'rue')).to.equal(true);
    // The reference on the confirmation too.
    await open(el, 'cuisine');
    await fillAndSend(el);
    const reference = $(el, '[part=reference]')!;
    const code = reference.textContent!.match(/[0-9A-F]{4}-[0-9A-F]{2}/)![0];
    expect(leftOf(reference, code.slice(0, 4), code.slice(5)), `${code} in order`).to.equal(true);
  });

  it('the person’s choice of language is remembered across a reload and recorded in the envelope', async () => {
    const el = await mount({ endpoint: collector.endpoint });
    const select = $<HTMLSelectElement>(el, '[part~=language-select]')!;
    expect(select, 'the language bar').to.exist;
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await waitFor(() => text(el).includes(eventSignupAr.heading), 3000, 'Arabic');
    expect(JSON.parse(localStorage.getItem('msp-widgets:language')!)).to.deep.include({ locale: 'ar' });

    // "Reload": the element is made again; the choice on this device wins over the page's French.
    holders.splice(0).forEach((holder) => holder.remove());
    const again = await mount({ endpoint: collector.endpoint });
    await again.updateComplete;
    expect($(again, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect(text(again)).to.contain(eventSignupAr.heading);
    await open(again, 'cuisine');
    await fillAndSend(again);
    const records = await collector.records();
    const mine = records.filter((record) => (record.payload as { name?: string }).name === 'Camille').at(-1)!;
    expect(mine.locale).to.equal('ar');

    // Easy-read chosen: French, and the envelope says fr-FALC.
    holders.splice(0).forEach((holder) => holder.remove());
    const french = await mount({ endpoint: collector.endpoint });
    const bar = $<HTMLSelectElement>(french, '[part~=language-select]')!;
    bar.value = 'fr';
    bar.dispatchEvent(new Event('change'));
    await french.updateComplete;
    $(french, '[part~=easy-read]')!.click();
    await french.updateComplete;
    await waitFor(() => text(french).includes(eventSignupEasy.heading), 3000, 'easy-read');
    expect($(french, '[part~=easy-read]')!.getAttribute('aria-pressed')).to.equal('true');
    await open(french, 'cuisine');
    await fillAndSend(french);
    const after = (await collector.records()).at(-1)!;
    expect(after.locale).to.equal('fr-FALC');
  });

  it('read-aloud says the event (kind, title, day, time, place) and the notices, in the widget’s language', async () => {
    const expectations: Array<{ mode: Mode; lang: string; t: EventSignupStrings }> = [
      { mode: modes[0]!, lang: 'fr-FR', t: eventSignupFr },
      { mode: modes[1]!, lang: 'fr-FR', t: eventSignupEasy },
      { mode: modes[2]!, lang: 'en-GB', t: eventSignupEn },
      { mode: modes[3]!, lang: 'ar', t: eventSignupAr },
    ];
    for (const { mode, lang, t } of expectations) {
      const el = await mount({}, [atelier, full]);
      await applyMode(el, mode);
      speech.spoken.splice(0);
      const button = $(el, '.event .event-head [part~=read-aloud]')!;
      expect(button.getAttribute('aria-label'), `${mode.name}: the button names the event`).to.contain(atelier.title);
      button.click();
      expect(speech.spoken).to.have.length(1);
      const said = speech.spoken[0]!;
      expect(said.lang, mode.name).to.equal(lang);
      expect(said.text, mode.name).to.match(new RegExp(`^${t.kinds.atelier}`));
      expect(said.text).to.contain(atelier.title);
      expect(said.text).to.contain('Salle commune, 12 rue des Tilleuls, Caen');
      expect(said.text).to.contain(t.time(16, 30));
      // A notice: the waiting list, read as written.
      await open(el, 'etp-diabete');
      $(el, '[part=waiting-notice] [part~=read-aloud]')!.click();
      expect(speech.spoken.at(-1)).to.deep.equal({ text: t.waitingListNotice, lang });
      holders.splice(0).forEach((holder) => holder.remove());
    }
  });

  it('a message in the status region (sent too fast) has its read-aloud button too', async () => {
    const el = await mount({ endpoint: collector.endpoint, 'easy-read': '' }, [atelier], undefined, { minSecondsToSubmit: 600 });
    await el.updateComplete;
    await open(el, 'cuisine');
    await type(el, '#name', 'Camille');
    $<HTMLInputElement>(el, '#channel input[value="phone"]')!.click();
    await el.updateComplete;
    await type(el, '#contact', '06 12 34 56 78');
    $(el, 'button[type=submit]')!.click();
    await waitFor(() => Boolean($(el, '.read-status [part~=read-aloud]')), 5000, 'the read-aloud button of the status');
    const status = $(el, '[part=status]')!.textContent!.trim();
    expect(status).to.not.equal('');
    $(el, '.read-status [part~=read-aloud]')!.click();
    expect(speech.spoken.at(-1)).to.deep.equal({ text: status, lang: 'fr-FR' });
    await expect(el).to.be.accessible();
  });

  it('read-aloud is not drawn when the browser has no voice for the language', async () => {
    speech.restore();
    speech = fakeSpeech(['en-GB']);
    const el = await mount({}, [atelier]);
    expect($$(el, '[part~=read-aloud]')).to.have.length(0);
    await applyMode(el, modes[2]!);
    await waitFor(() => $$(el, '[part~=read-aloud]').length > 0, 3000, 'English read-aloud');
  });

  it('the confirmation is read aloud with its reference explained; easy-read shows no code', async () => {
    const el = await mount({ endpoint: collector.endpoint }, [atelier]);
    await open(el, 'cuisine');
    await fillAndSend(el);
    const reference = text(el, '[part=reference]');
    expect(reference).to.match(/^Si vous appelez l’équipe à ce sujet, donnez ce code\s:\s[0-9A-F]{4}-[0-9A-F]{2}\.$/);
    $(el, '.confirmation [part~=read-aloud]')!.click();
    expect(plain(speech.spoken.at(-1)!.text)).to.equal(`${text(el, '#done-title')} ${reference}`);

    const easy = await mount({ endpoint: collector.endpoint, 'easy-read': '' }, [atelier]);
    await easy.updateComplete;
    await open(easy, 'cuisine');
    await fillAndSend(easy);
    expect($(easy, '[part=reference]')).to.not.exist;
    expect(text(easy)).not.to.match(/[0-9A-F]{4}-[0-9A-F]{2}/);
  });

  it('pictograms: one of our own per kind, beside day, time, place and seats, hidden from screen readers, in currentColor', async () => {
    const el = await mount({}, [atelier, full, call, openDay]);
    const drawings = new Set<string>();
    for (const kind of kindPictogramNames) {
      const probe = await mount({}, [{ ...atelier, id: `k-${kind}`, kind }]);
      const svg = probe.shadowRoot!.querySelector('.kind svg')!;
      expect(svg.getAttribute('data-pictogram')).to.equal(kind);
      drawings.add(svg.innerHTML.replace(/<!--[^>]*-->/g, ''));
    }
    expect(drawings.size, 'a different drawing per kind').to.equal(kindPictogramNames.length);
    const facts = $$(el, '.event dt svg').map((svg) => svg.getAttribute('data-pictogram'));
    expect(facts).to.include.members(['day', 'time', 'place', 'seats']);
    for (const svg of $$(el, 'svg') as unknown as SVGElement[]) {
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      for (const shape of svg.querySelectorAll('[stroke], [fill]')) {
        for (const attribute of ['stroke', 'fill']) {
          const value = shape.getAttribute(attribute);
          if (value) expect(['none', 'currentColor']).to.include(value);
        }
      }
    }
  });

  it('headings: the heading attribute still names the list; heading-level sets the levels; hide-heading leaves the title out', async () => {
    // `heading` is the team's title in the JSON config (the widget's own attribute since its first version).
    const el = await mount({ 'heading-level': '3' }, [atelier], undefined, { heading: 'Nos ateliers' });
    expect($(el, '#heading')!.tagName).to.equal('H3');
    expect($(el, '#heading')!.textContent).to.equal('Nos ateliers');
    expect($(el, '#title-cuisine')!.tagName).to.equal('H4');
    await open(el, 'cuisine');
    expect($(el, '#form-title')!.tagName).to.equal('H3');
    expect($(el, '.privacy-title')!.tagName).to.equal('H4');
    await expect(el).to.be.accessible();

    const hidden = await mount({ 'hide-heading': '' }, [atelier]);
    expect($(hidden, '#heading')).to.not.exist;
    expect(text(hidden)).not.to.contain(eventSignupFr.heading);
    expect($(hidden, '#title-cuisine')!.tagName).to.equal('H3');
    await open(hidden, 'cuisine');
    await back(hidden);
    await waitFor(() => hidden.shadowRoot!.activeElement?.id === 'signup-cuisine', 2000, 'focus back on the event’s button');
    await expect(hidden).to.be.accessible();
  });

  it('in a 260 px column on an 800 px screen, the invitation’s facts stack in one column', async () => {
    await setViewport(800, 600);
    const narrow = await mount({}, [atelier], 260);
    const wide = await mount({}, [atelier], 700);
    const columns = (el: MspEventSignup) => getComputedStyle($(el, '.details')!).gridTemplateColumns.split(' ').length;
    expect(columns(wide), '700 px: label and value side by side').to.equal(2);
    expect(columns(narrow), '260 px: one column').to.equal(1);
    const details = $(narrow, '.details')!.getBoundingClientRect();
    const value = $(narrow, '.details dd')!.getBoundingClientRect();
    expect(value.width).to.be.closeTo(details.width, 1);
    expect(narrow.getBoundingClientRect().width).to.be.at.most(260);
    // Nothing wider than the column.
    expect($(narrow, '.root')!.scrollWidth).to.be.at.most($(narrow, '.root')!.clientWidth + 1);
    await screenshot('event-signup-260px', narrow);
  });
});
