import { expect } from '@open-wc/testing';
import { freshDbName, waitFor } from '../helpers/collector.js';
import { parisIn } from '../helpers/events.js';
import { LocalStore } from '../../src/core/storage.js';
import { ideaItems, selfCheckItems, signupItems, surveyItems } from '../../src/widgets/results/results.fixtures.js';

// Every widget, built (dist/), on a page served with the policy a hardened host sends (issue 16):
//   default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'
// (header set by test/servers/csp-server.mjs). The page records every `securitypolicyviolation`
// (test/csp/record-violations.js); each widget is driven through its states, and the record must stay
// empty: no `style` attribute (style-src-attr), no eval or `Function` (zod's JIT probe), no string
// handed to an HTML or script sink without a Trusted Type, no request to another origin.
// The page is same-origin: this test reaches into its documents and shadow roots to drive them.

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  element: string;
}
type CspWindow = Window & typeof globalThis & { cspViolations: Violation[] };

let frame: HTMLIFrameElement;
let win: CspWindow;

async function openPage(page = 'page.html'): Promise<void> {
  frame = document.createElement('iframe');
  frame.title = 'page sous CSP stricte';
  frame.style.cssText = 'inline-size: 900px; block-size: 700px';
  frame.src = `/test/csp/${page}?${Math.random().toString(36).slice(2)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  win = frame.contentWindow as CspWindow;
  const tags = ['msp-idea-box', 'msp-satisfaction-survey', 'msp-event-signup', 'msp-continuum-check', 'msp-results'];
  await waitFor(() => tags.every((tag) => win.customElements.get(tag)), 15_000, 'the built widgets to be defined under the policy');
}

/** Creates a widget in the CSP page; the config object is made in that page's realm (as a host script would). */
async function mount<T extends HTMLElement>(tag: string, attributes: Record<string, string>, config?: unknown): Promise<T> {
  const doc = frame.contentDocument!;
  const el = doc.createElement(tag) as T & { config?: unknown; updateComplete?: Promise<unknown> };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (config !== undefined) el.config = win.JSON.parse(JSON.stringify(config));
  doc.getElementById('main')!.replaceChildren(el);
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));
const updated = async (el: Element) => {
  await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
  await settle();
};

async function click(el: Element, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await updated(el);
}

async function type(el: Element, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
  await updated(el);
}

/** No violation so far; `state` names where we are, so a failure says which state broke the rule. */
function expectNoViolation(state: string): void {
  expect(win.cspViolations, `${state}: ${JSON.stringify(win.cspViolations, null, 1)}`).to.deep.equal([]);
}

async function received(box: string): Promise<Array<{ kind: string }>> {
  return (await fetch(`/csp-collect/${box}/received`, { cache: 'no-store' })).json();
}

describe('strict CSP: every built widget, in every state, breaks no rule', () => {
  before(() => openPage());
  after(() => frame.remove());
  afterEach(() => {
    win.cspViolations.length = 0;
  });

  it('the page is really under the policy: a style attribute set by markup is reported', async () => {
    const probe = frame.contentDocument!.createElement('div');
    probe.setAttribute('style', 'color: red');
    frame.contentDocument!.body.append(probe);
    await waitFor(() => win.cspViolations.length > 0, 3000, 'the probe violation');
    expect(win.cspViolations[0]!.directive).to.equal('style-src-attr');
    // A string into an HTML sink needs a Trusted Type; eval (zod's JIT probe) is refused.
    expect(() => (probe.innerHTML = '<b>texte</b>')).to.throw(/TrustedHTML/);
    expect(() => new win.Function('')).to.throw();
    await waitFor(() => win.cspViolations.length >= 3, 3000, 'the Trusted Types and eval violations');
    expect(win.cspViolations.map((v) => v.directive)).to.include('require-trusted-types-for');
    probe.remove();
  });

  it('idea box: form, error summary, personal-data warning, sent; feed with team statuses and their colours', async () => {
    const box = freshDbName('csp-idea');
    const el = await mount(
      'msp-idea-box',
      { 'db-name': box, endpoint: `/csp-collect/${box}/submissions`, feed: '/src/widgets/idea-box/fixtures/feed.json' },
      { minSecondsToSubmit: 0 },
    );
    await waitFor(() => $$(el, '.feed-item').length > 0, 10_000, 'the feed');
    expectNoViolation('form and feed');
    // The status colour is the team's (a custom property), set through the CSSOM, and it shows.
    const badges = $$(el, '.feed-status');
    const colours = badges.map((badge) => win.getComputedStyle(badge).borderInlineStartColor);
    expect(new Set(colours).size, `one colour per status: ${colours.join(' ')}`).to.be.greaterThan(1);
    expect(badges.map((badge) => badge.style.getPropertyValue('--status-color'))).to.include('#18753c');
    // Filter the feed: the badges re-render.
    const filter = $<HTMLSelectElement>(el, '#feed-status')!;
    filter.value = filter.options[1]!.value;
    filter.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
    await updated(el);
    expectNoViolation('feed filtered');

    await click(el, 'button[type=submit]');
    expect($(el, '#error-summary')).to.exist;
    expectNoViolation('error summary');

    await click(el, '#theme input[value="accueil"]');
    await type(el, '#idea', 'Rappelez-moi au 06 12 34 56 78');
    await click(el, 'button[type=submit]');
    expect($(el, '#warning')).to.exist;
    expectNoViolation('personal-data warning');

    await type(el, '#idea', 'Un écran pour annoncer les retards en salle d’attente');
    await click(el, 'button[type=submit]');
    await waitFor(() => Boolean($(el, '#done-title')), 10_000, 'the sent screen');
    await waitFor(async () => (await received(box)).length === 1, 10_000, 'the idea to reach the same-origin endpoint');
    expectNoViolation('sent');
  });

  it('idea box: a wrong attribute shows the config notice', async () => {
    const el = await mount('msp-idea-box', { 'db-name': freshDbName('csp-idea-bad'), endpoint: 'javascript:alert(1)' });
    await waitFor(() => Boolean($(el, '[part=config-notice]')), 5000, 'the notice');
    expectNoViolation('config notice');
  });

  it('satisfaction survey: each step, an error, the thank-you screen', async () => {
    const box = freshDbName('csp-survey');
    const el = await mount('msp-satisfaction-survey', { 'db-name': box, endpoint: `/csp-collect/${box}/submissions` }, { minSecondsToSubmit: 0 });
    await waitFor(() => Boolean($(el, 'button[part~="next-button"]')), 10_000, 'the first step');
    for (let step = 1; step < 12 && !$(el, '#thanks-title'); step++) {
      expectNoViolation(`step ${step}`);
      if (step === 1) await click(el, '#q-accueil-1'); // shows the follow-up question
      await click(el, 'button[part~="next-button"]');
      if ($(el, '#error-summary')) {
        expectNoViolation(`step ${step}, error summary`);
        await click(el, '#q-satisfaction-globale-4');
        await click(el, 'button[part~="next-button"]');
      }
      await waitFor(() => !$(el, 'button[part~="next-button"][aria-disabled="true"]'), 10_000, 'the step to settle');
    }
    await waitFor(() => Boolean($(el, '#thanks-title')), 10_000, 'the thank-you screen');
    await waitFor(async () => (await received(box)).length === 1, 10_000, 'the answers to reach the endpoint');
    expectNoViolation('thanks');
  });

  it('satisfaction survey: kiosk mode, its error summary and its reset', async () => {
    const definition = {
      id: 'court',
      title: 'Votre avis',
      sections: [{ id: 'avis', title: 'Votre avis', questions: [{ id: 'global', type: 'rating', label: 'Votre avis sur l’accueil ?', required: true }] }],
    };
    const el = await mount(
      'msp-satisfaction-survey',
      { 'db-name': freshDbName('csp-kiosk') },
      { minSecondsToSubmit: 0, kiosk: true, definition, resetAfterSeconds: 60 },
    );
    await waitFor(() => Boolean($(el, '.survey.kiosk button[part~="next-button"]')), 10_000, 'the kiosk step');
    expectNoViolation('kiosk step');
    await click(el, 'button[part~="next-button"]');
    expect($(el, '#error-summary')).to.exist;
    expectNoViolation('kiosk error summary');
    await click(el, '#q-global-4');
    await click(el, 'button[part~="next-button"]');
    await waitFor(() => Boolean($(el, '#thanks-title')), 10_000, 'the kiosk thank-you screen');
    expectNoViolation('kiosk thanks');
  });

  it('event signup: list, form, its errors, confirmation', async () => {
    const box = freshDbName('csp-event');
    const events = [
      {
        id: 'equilibre-alimentaire',
        title: 'Bien manger sans se ruiner',
        kind: 'atelier',
        start: parisIn(20, 14),
        end: parisIn(20, 16),
        place: { name: 'Salle commune', address: '12 rue des Tilleuls, Caen', wheelchairAccessible: true },
        objectives: ['Composer des repas équilibrés avec un petit budget'],
        capacity: 12,
        seatsLeft: 5,
      },
    ];
    const el = await mount(
      'msp-event-signup',
      { 'db-name': box, endpoint: `/csp-collect/${box}/submissions`, 'structure-name': 'MSP des Tilleuls' },
      { minSecondsToSubmit: 0, events },
    );
    await waitFor(() => Boolean($(el, '#signup-equilibre-alimentaire')), 10_000, 'the list');
    expectNoViolation('list');
    await click(el, '#signup-equilibre-alimentaire');
    await waitFor(() => Boolean($(el, 'form')), 5000, 'the form');
    expectNoViolation('form');
    await click(el, 'button[type=submit]');
    expectNoViolation('form errors');
    await type(el, '#name', 'Camille');
    if ($(el, '#channel input[value="phone"]')) await click(el, '#channel input[value="phone"]');
    await type(el, '#contact', '06 12 34 56 78');
    await click(el, 'button[type=submit]');
    await waitFor(() => Boolean($(el, '#done-title')), 10_000, 'the confirmation');
    await waitFor(async () => (await received(box)).length === 1, 10_000, 'the signup to reach the endpoint');
    expectNoViolation('confirmation');
  });

  it('continuum self-check: start, each step, results with the chart', async () => {
    const el = await mount(
      'msp-continuum-check',
      { 'db-name': freshDbName('csp-continuum'), 'structure-name': 'MSP des Tilleuls' },
      { minSecondsToSubmit: 0, recipientName: 'la Fédération régionale' },
    );
    await waitFor(() => Boolean($(el, '#start')), 10_000, 'the start screen');
    expectNoViolation('start');
    await click(el, '#start');
    await waitFor(() => Boolean($(el, '#next')), 5000, 'the first step');
    await click(el, '#p-diag-info-announce');
    for (let i = 0; i < 8 && !$(el, '#results-title'); i++) {
      expectNoViolation(`step ${i + 1}`);
      await click(el, '#next');
    }
    await waitFor(() => Boolean($(el, '#results-title')), 5000, 'the results');
    expect($(el, 'svg.chart')).to.exist;
    await settle(200);
    expectNoViolation('results with chart');
  });

  it('results: the token form (server source)', async () => {
    const el = await mount('msp-results', { 'db-name': freshDbName('csp-results-remote'), source: '/csp-collect/results' });
    await waitFor(() => Boolean($(el, '#token')), 10_000, 'the token form');
    expectNoViolation('token form');
    await click(el, '.token-form button[type=submit]');
    expectNoViolation('token form, error');
  });

  it('results: each panel with its charts (this device’s data)', async () => {
    const dbName = freshDbName('csp-results');
    // This device's kept submissions (same origin as the CSP page, so the same IndexedDB).
    const store = await LocalStore.open(dbName);
    for (const item of [...surveyItems(), ...ideaItems(), ...signupItems(), ...selfCheckItems()]) {
      if (item.origin !== 'pending' && item.origin !== 'rejected') await store.saveSubmission(item.envelope);
    }
    const el = await mount('msp-results', { 'db-name': dbName });
    await waitFor(() => Boolean($(el, '#kinds')), 15_000, 'the results');
    for (const kind of ['survey', 'idea', 'event-signup', 'self-check']) {
      await click(el, `#kinds input[value="${kind}"]`);
      await settle(100);
      expectNoViolation(`panel ${kind}`);
    }
  });
});

describe('strict CSP: the classic-script bundle (dist/msp-widgets.iife.js) too', () => {
  before(() => openPage('classic.html'));
  after(() => frame.remove());
  afterEach(() => {
    win.cspViolations.length = 0;
  });

  it('idea box: feed with status colours, error summary, sent', async () => {
    const box = freshDbName('csp-classic-idea');
    const el = await mount(
      'msp-idea-box',
      { 'db-name': box, endpoint: `/csp-collect/${box}/submissions`, feed: '/src/widgets/idea-box/fixtures/feed.json' },
      { minSecondsToSubmit: 0 },
    );
    await waitFor(() => $$(el, '.feed-item').length > 0, 10_000, 'the feed');
    await click(el, 'button[type=submit]');
    expect($(el, '#error-summary')).to.exist;
    await click(el, '#theme input[value="accueil"]');
    await type(el, '#idea', 'Un écran pour annoncer les retards en salle d’attente');
    await click(el, 'button[type=submit]');
    await waitFor(() => Boolean($(el, '#done-title')), 10_000, 'the sent screen');
    expectNoViolation('classic idea box');
  });

  it('satisfaction survey: first step and its progress', async () => {
    const el = await mount('msp-satisfaction-survey', { 'db-name': freshDbName('csp-classic-survey') }, { minSecondsToSubmit: 0 });
    await waitFor(() => Boolean($(el, 'button[part~="next-button"]')), 10_000, 'the first step');
    await click(el, 'button[part~="next-button"]');
    expectNoViolation('classic survey');
  });
});
