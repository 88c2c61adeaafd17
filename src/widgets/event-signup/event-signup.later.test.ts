// The event list draws without the module of the later screens (event-signup.later.ts); the form
// comes when that module arrives, late or after a failed load and "Réessayer". The module's import is
// the widget's own `loadLater`, made slow or failing here by a subclass (the rest is the widget).
import { expect } from '@open-wc/testing';
import { workshopIn20Days as atelier, openDayIn25Days as openDay } from '../../../test/helpers/events.js';
import { TestCollector, freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { MspEventSignup } from './event-signup.component.js';
import type * as Later from './event-signup.later.js';

const realImport = () => import('./event-signup.later.js');
/** How the next element's import of the later module goes. */
let importer: () => Promise<typeof Later> = realImport;

class OnDemandSignup extends MspEventSignup {
  static override loadLater = (): Promise<typeof Later> => importer();
}
customElements.define('msp-event-signup-on-demand', OnDemandSignup);

/** The later module held back until `release()` (a slow connection). */
function heldBack(): { release(): void; asked: () => number } {
  let release!: () => void;
  let asked = 0;
  const gate = new Promise<void>((resolve) => (release = resolve));
  importer = async () => {
    asked += 1;
    await gate;
    return realImport();
  };
  return { release, asked: () => asked };
}

/** The later module failing to load (offline), every time until `importer` changes. */
function failing(): { asked: () => number } {
  let asked = 0;
  importer = () => {
    asked += 1;
    return Promise.reject(new TypeError('Failed to fetch dynamically imported module (offline)'));
  };
  return { asked: () => asked };
}

const mounted: HTMLElement[] = [];
// The config's full check (zod, the schema) loads with a JSON config: fetched once, before the tests'
// clocks start (the dev server's first delivery of zod is slow on a busy machine).
before(async () => {
  await Promise.all([import('../../core/widget-config.js'), import('./event-signup.schema.js')]);
});
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  importer = realImport;
});

/**
 * Mounted by hand, not with `fixture`: `fixture` awaits `updateComplete`, which waits for the later
 * module too (it starts loading when the browser is idle), and here that module is held back.
 */
async function mount(endpoint?: string): Promise<OnDemandSignup> {
  const el = document.createElement('msp-event-signup-on-demand') as OnDemandSignup;
  el.setAttribute('db-name', freshDbName('event-later'));
  if (endpoint) el.setAttribute('endpoint', endpoint);
  el.setAttribute('structure-name', 'Maison de santé des Tilleuls');
  el.config = { minSecondsToSubmit: 0, events: [atelier, openDay] };
  document.body.append(el);
  mounted.push(el);
  await waitFor(() => Boolean($(el, '#signup-equilibre-alimentaire')), 10_000, 'the list of events');
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot?.querySelector<T>(selector) ?? null;
const activeId = (el: HTMLElement) => el.shadowRoot!.activeElement?.id;

describe('msp-event-signup: the later screens load on demand', () => {
  it('the list is drawn without them; the form says "Chargement…" until its module arrives, then takes the focus (axe)', async () => {
    const later = heldBack();
    const el = await mount();
    // The first screen as ever: events, facts, seats, the way in.
    expect($(el, '#heading')!.textContent).to.contain('Prochains');
    expect(el.shadowRoot!.querySelectorAll('[part=event]')).to.have.length(2);
    expect($(el, '[part=seats]')!.textContent).to.contain('Il reste 5 places');
    // The open day's calendar file is made by the later module: it follows the list.
    expect($(el, 'a[part~=calendar]')).to.not.exist;
    await expect(el).to.be.accessible();

    $(el, '#signup-equilibre-alimentaire')!.click();
    await waitFor(() => Boolean($(el, '[part=loading]')), 3000, 'the loading line');
    const loading = $(el, '[part=loading]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.equal('Chargement…');
    expect($(el, 'form')).to.not.exist;
    expect($(el, '[part~=back]')!.textContent).to.contain('Revenir à la liste');
    await expect(el).to.be.accessible();
    // Asked once: when the browser was idle, or by the click; never twice.
    expect(later.asked()).to.equal(1);

    later.release();
    await waitFor(() => Boolean($(el, 'form')), 5000, 'the form');
    await el.updateComplete;
    expect($(el, '[part=loading]')).to.not.exist;
    expect(activeId(el)).to.equal('form-title');
    await expect(el).to.be.accessible();
    // Its own rules came with it (signup-screens.styles.ts), after the element's.
    const select = $(el, 'select')!;
    expect(getComputedStyle(select).maxInlineSize).to.equal(`${14 * parseFloat(getComputedStyle(select).fontSize)}px`);
    expect(getComputedStyle($(el, '.privacy-title')!).fontSize).to.equal(getComputedStyle($(el, '.privacy')!).fontSize);

    // Its checks came with it: an empty send lists the two missing answers.
    $(el, 'button[type=submit]')!.click();
    await waitFor(() => Boolean($(el, '#error-summary')), 3000, 'the error summary');
    expect(el.shadowRoot!.querySelectorAll('#error-summary li')).to.have.length(2);

    $(el, '[part~=back]')!.click();
    await el.updateComplete;
    expect(activeId(el)).to.equal('signup-equilibre-alimentaire');
    const calendar = $<HTMLAnchorElement>(el, 'a[part~=calendar]')!;
    expect(calendar.href).to.match(/^blob:/);
    expect(calendar.download).to.match(/\.ics$/);
    expect(later.asked()).to.equal(1);
  });

  it('"S’inscrire" before the module: the form’s state and the send come with it, the status region was there from the start, the signup reaches the collector (axe)', async () => {
    const collector = await TestCollector.start();
    try {
      const later = heldBack();
      const el = await mount(collector.endpoint);
      // In the tree from the first render, empty: a region added with its message already in it is not announced.
      const status = $(el, '[part=status]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('');

      $(el, '#signup-equilibre-alimentaire')!.click();
      await waitFor(() => Boolean($(el, '[part=loading]')), 3000, 'the loading line');
      later.release();
      await waitFor(() => Boolean($(el, 'form')), 5000, 'the form');
      await el.updateComplete;
      // Nothing shown before an attempt: the form's state starts with the form.
      expect($(el, '#error-summary')).to.not.exist;
      expect(el.shadowRoot!.querySelectorAll('[aria-invalid=true]')).to.have.length(0);

      const type = async (selector: string, value: string) => {
        const field = $<HTMLInputElement>(el, selector)!;
        field.value = value;
        field.dispatchEvent(new Event('input'));
        await el.updateComplete;
      };
      await type('#name', 'Camille');
      const phone = $<HTMLInputElement>(el, '#channel input[value="phone"]');
      if (phone) {
        phone.click();
        await el.updateComplete;
      }
      await type('#contact', '06 12 34 56 78');
      $(el, 'button[type=submit]')!.click();
      await waitFor(() => Boolean($(el, '#done-title')), 8000, 'the confirmation');
      await el.updateComplete;
      expect(activeId(el)).to.equal('done-title');
      expect($(el, '[part=status]'), 'the same region, never replaced').to.equal(status);
      const records = await collector.records();
      expect(records).to.have.length(1);
      expect(records[0]!.payload).to.deep.include({ eventId: 'equilibre-alimentaire', name: 'Camille' });
      await expect(el).to.be.accessible();
    } finally {
      await collector.stop();
    }
  });

  it('offline: the form says what happened with "Réessayer" and a way back (axe); "Réessayer" brings the form and its focus', async () => {
    const offline = failing();
    const el = await mount();
    await expect(el).to.be.accessible();

    $(el, '#signup-equilibre-alimentaire')!.click();
    await waitFor(() => Boolean($(el, '[part=load-notice]')), 5000, 'the failed-load notice');
    const notice = $(el, '[part=load-notice]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('n’a pas pu être chargée');
    expect(notice.querySelector('button')!.textContent).to.equal('Réessayer');
    expect($(el, 'form')).to.not.exist;
    await expect(el).to.be.accessible();

    // Not stuck: back to the list, on the event's button.
    $(el, '[part~=back]')!.click();
    await el.updateComplete;
    expect(activeId(el)).to.equal('signup-equilibre-alimentaire');
    expect(el.shadowRoot!.querySelectorAll('[part=event]')).to.have.length(2);

    // Opened again while still offline: the same notice, no loop of requests.
    const tries = offline.asked();
    $(el, '#signup-equilibre-alimentaire')!.click();
    await el.updateComplete;
    expect($(el, '[part=load-notice]')).to.exist;
    expect(offline.asked()).to.equal(tries);

    // Back online: "Réessayer" brings the form; the button is gone, the form's heading has the focus.
    importer = realImport;
    $(el, '[part=load-notice] button')!.click();
    await waitFor(() => Boolean($(el, 'form')), 5000, 'the form after "Réessayer"');
    await el.updateComplete;
    expect($(el, '[part=load-notice]')).to.not.exist;
    expect(activeId(el)).to.equal('form-title');
    await expect(el).to.be.accessible();
  });
});
