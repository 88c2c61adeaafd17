// The list's feed and live seats read through a module loaded on demand (event-sources.ts: @lit/task,
// the feed loader, the checks), made slow or failing here through ListSources.load: the first screen is
// the same ("Chargement des événements…" while a feed comes), the feed's events follow it, and a module
// that cannot come reads as an unreadable feed. A page with neither feed nor seats never asks for it.
import { expect } from '@open-wc/testing';
import { workshopIn20Days as atelier, openDayIn25Days as openDay } from '../../../test/helpers/events.js';
import { freshDbName, waitFor } from '../../../test/helpers/collector.js';
import './event-signup.js';
import type { MspEventSignup } from './event-signup.component.js';
import type * as Sources from './event-sources.js';
import { ListSources } from './list-sources.js';

const realLoad = ListSources.load;
let asked = 0;

/** The sources' module held back until `release()` (a slow connection). */
function heldBack(): () => void {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  ListSources.load = async () => {
    asked += 1;
    await gate;
    return realLoad();
  };
  return release;
}

const mounted: HTMLElement[] = [];
// The config's full check (zod, the schema) loads with a JSON config: fetched once, before the tests.
before(async () => {
  await Promise.all([import('../../core/widget-config.js'), import('./event-signup.schema.js')]);
});
beforeEach(() => {
  asked = 0;
  ListSources.load = () => {
    asked += 1;
    return realLoad();
  };
});
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  ListSources.load = realLoad;
});

/** Mounted by hand (not `fixture`, whose `updateComplete` would wait for the module held back). */
function mount(feed: string | undefined): MspEventSignup {
  const el = document.createElement('msp-event-signup');
  el.setAttribute('db-name', freshDbName('event-sources'));
  if (feed) el.setAttribute('feed', feed);
  el.config = { minSecondsToSubmit: 0, events: [atelier, openDay] };
  document.body.append(el);
  mounted.push(el);
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot?.querySelector<T>(selector) ?? null;
const events = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('[part=event]').length;
const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));

describe('msp-event-signup: the feed and the live seats load on demand', () => {
  it('with a feed: the first screen says "Chargement des événements…" beside the page’s events until the module and the feed come (axe)', async () => {
    const release = heldBack();
    const el = mount('/demo/evenements.json');
    await waitFor(() => events(el) === 2, 10_000, 'the page’s events');
    const loading = $(el, '[aria-busy=true]');
    expect(loading?.textContent).to.equal('Chargement des événements…');
    expect($(el, '[part=feed-unavailable]')).to.not.exist;
    expect($(el, '[part=seats]')!.textContent).to.contain('Il reste 5 places');
    await expect(el).to.be.accessible();
    // Asked in the first update (the feed is needed at once), and only once.
    expect(asked).to.equal(1);

    release();
    await waitFor(() => events(el) > 2, 10_000, 'the feed’s events');
    await el.updateComplete;
    expect($(el, '[aria-busy=true]')).to.not.exist;
    expect(asked).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('offline: a module that cannot come reads as an unreadable feed; the page’s events stay, with the feed’s seats (axe)', async () => {
    ListSources.load = (): Promise<typeof Sources> => {
      asked += 1;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module (offline)'));
    };
    const el = mount('/demo/evenements.json');
    await waitFor(() => Boolean($(el, '[part=feed-unavailable]')), 5000, 'the unreadable feed’s notice');
    await el.updateComplete;
    expect($(el, '[part=feed-unavailable]')!.textContent).to.contain('n’a pas pu être chargée');
    expect($(el, '[aria-busy=true]')).to.not.exist;
    expect(events(el)).to.equal(2);
    expect($(el, '[part=seats]')!.textContent).to.contain('Il reste 5 places');
    // No loop of requests: the updates that followed did not ask again.
    expect(asked).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('neither a feed nor an endpoint to ask for seats: the module is never downloaded', async () => {
    const el = mount(undefined);
    await waitFor(() => events(el) === 2, 10_000, 'the page’s events');
    // The later module comes when the browser is idle (the open day's calendar file with it): so has that moment.
    await waitFor(() => Boolean($(el, 'a[part~=calendar]')), 10_000, 'the later module');
    await idle();
    await el.updateComplete;
    expect(asked).to.equal(0);
    expect($(el, '[aria-busy=true]')).to.not.exist;
    expect($(el, '[part=feed-unavailable]')).to.not.exist;
  });
});
