// The widget when its later screens' module (views/later.views.ts) cannot come, then comes: through
// the class's own importer, made to fail (a page's network or the module's URL cannot be made to fail
// here: the browser's cache serves a module another test page loaded, even offline).
import { expect, fixture, html } from '@open-wc/testing';
import { freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { LocalStore } from '../../core/storage.js';
import { MspContinuumCheck } from './continuum-check.component.js';
import type { ContinuumWork } from './continuum-check.state.js';
import { contentAr } from './continuum-content.ar.js';
import { contentEn } from './continuum-content.en.js';
import { contentFr } from './continuum-content.fr.js';
import { freshWork } from './continuum-shell.js';
import { continuumLaterAr } from './translations/later.ar.js';
import { continuumLaterEn } from './translations/later.en.js';
import { continuumLaterFr } from './translations/later.fr.js';
import type { LaterViews } from './views/screen.view.js';

let reachable = false;
let imports = 0;

/** The self-check whose later module fails while `reachable` is false (a network error, as offline). */
class UnreachableLater extends MspContinuumCheck {
  static override loadLater = (): Promise<LaterViews> => {
    imports++;
    return reachable ? import('./views/later.views.js') : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  };
}
customElements.define('continuum-check-unreachable-later', UnreachableLater);

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const draftKey = `continuum-check:${location.pathname}`;

describe('msp-continuum-check when its later screens cannot come', () => {
  it('says so where a later screen goes, focuses the retry, keeps the draft, and resumes it once the module comes', async () => {
    const dbName = freshDbName('continuum-load-failure');
    const store = await LocalStore.open(dbName);
    const draft: ContinuumWork = {
      ...freshWork('2026-11-20'),
      view: 'step',
      step: 2,
      answers: { dimensions: { diagnostics: { notConcerned: true, practices: {} } }, alibi: {}, obstacles: [] },
    };
    await store.putDocument('draft', draftKey, draft);

    const el = await fixture<UnreachableLater>(html`<continuum-check-unreachable-later db-name=${dbName}></continuum-check-unreachable-later>`);
    await el.restored;
    expect(imports, 'tried once the start screen was drawn').to.be.at.least(1);
    // The draft cannot be checked without the module: the start screen, which needs nothing more, offers to start.
    expect($(el, '#start')).to.exist;
    expect(el.result, 'no scoring without the module').to.be.undefined;
    $(el, '#start')!.click();
    await el.updateComplete;
    const notice = $(el, '[part~="load-notice"]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect($(el, '#step-title')).to.be.null;
    const retry = notice.querySelector('button')!;
    await waitFor(() => el.shadowRoot!.activeElement === retry, 2000, 'focus on the retry button');
    await expect(el).to.be.accessible();
    // Nothing written over the draft meanwhile (drafts are written 400 ms after a change).
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await store.getDocument<ContinuumWork>('draft', draftKey)).to.deep.include({ step: 2 });

    reachable = true;
    retry.click();
    await el.updateComplete;
    expect($(el, '[part~="load-notice"]')).to.be.null;
    // The draft's step: the third dimension (in whichever language another test page chose), and the status says so.
    const labels = [contentFr, contentEn, contentAr].map((content) => content.dimensions.accompagnement.label);
    expect(labels).to.include($(el, '#step-title')!.textContent);
    const resumed = [continuumLaterFr, continuumLaterEn, continuumLaterAr].map((t) => t.resumed);
    expect(resumed).to.include($(el, '[part="status"]')!.textContent!.trim());
    expect(el.result?.dimensions[0]).to.deep.include({ id: 'diagnostics', notConcerned: true });
    await expect(el).to.be.accessible();
  });
});

describe('msp-continuum-check whose later screens came before it was on the page', () => {
  it('still gets their styles once connected', async () => {
    reachable = true;
    const el = document.createElement('continuum-check-unreachable-later') as UnreachableLater;
    el.setAttribute('db-name', freshDbName('continuum-early'));
    // Reading the results asks for the module, before the element has a shadow root.
    expect(el.result).to.be.undefined;
    await waitFor(() => el.result !== undefined, 5000, 'the module');
    const page = await fixture(html`<div></div>`);
    page.append(el);
    await el.restored;
    $(el, '#start')!.click();
    await el.updateComplete;
    expect(getComputedStyle($(el, '.progress')!).fontWeight, 'a rule of views/later.styles.ts').to.equal('600');
    await expect(el).to.be.accessible();
  });
});
