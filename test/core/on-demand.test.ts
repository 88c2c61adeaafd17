import { expect, fixture, html } from '@open-wc/testing';
import { recordIdleCallbacks } from '../helpers/idle.js';
import { LitElement } from 'lit';
import { OnDemand, loadsSettled } from '../../src/core/on-demand.js';
import { freshDbName } from '../helpers/collector.js';
import './widget-harness.js';
import { MspHarness, harnessConfigSchema } from './widget-harness.js';

const t = { loading: 'Chargement…', loadFailed: 'Cette partie n’a pas pu être chargée.', tryAgain: 'Réessayer' };

/** A host whose later view comes from an importer the test controls. */
class LaterHost extends LitElement {
  importer: () => Promise<{ view: () => string }> = () => Promise.resolve({ view: () => 'la vue' });
  needed = true;
  imports = 0;
  readonly later = new OnDemand(
    this,
    () => {
      this.imports++;
      return this.importer();
    },
    () => this.needed,
  );
  override render() {
    return html`<div>${this.later.render((module) => html`<p id="view">${module.view()}</p>`, t)}</div>`;
  }
}
customElements.define('later-host', LaterHost);

describe('OnDemand: a later view out of the first download', () => {
  it('forAction: a press before the module says "Chargement…", waits, then clears it; a failure says so and the next press loads again', async () => {
    let arrive!: (module: { view: () => string }) => void;
    const el = document.createElement('later-host') as LaterHost;
    el.needed = false; // not asked for when idle: only the press asks
    el.importer = () => Promise.reject(new Error('offline'));
    let line = '';
    const status = (text?: string) => (text === undefined ? line : (line = text));
    expect(await el.later.forAction(status, t)).to.be.undefined;
    expect(line).to.equal(t.loadFailed);
    expect(el.later.waiting).to.be.false;
    el.importer = () => new Promise((resolve) => (arrive = resolve));
    const pressed = el.later.forAction(status, t);
    expect(line).to.equal('Chargement…');
    expect(el.later.waiting, 'another press meanwhile is ignored').to.be.true;
    expect(await el.later.forAction(status, t), 'another press meanwhile gets nothing: the first one goes on').to.be.undefined;
    expect(line).to.equal('Chargement…');
    arrive({ view: () => 'la vue' });
    expect((await pressed)?.view()).to.equal('la vue');
    expect(line).to.equal('');
    expect(el.later.waiting).to.be.false;
    line = 'autre chose';
    expect(await el.later.forAction(status, t), 'at once once here').to.have.property('view');
    expect(line, 'what the status says meanwhile is left alone').to.equal('autre chose');
  });

  it('forAction: a press whose screen moved on while it waited (its "Chargement…" gone) gets nothing, and says nothing on failure', async () => {
    let arrive!: (module: { view: () => string }) => void;
    let fail!: (error: Error) => void;
    const el = document.createElement('later-host') as LaterHost;
    el.needed = false;
    el.importer = () => new Promise((_, reject) => (fail = reject));
    let line = '';
    const status = (text?: string) => (text === undefined ? line : (line = text));
    let pressed = el.later.forAction(status, t);
    line = ''; // a step back: the view clears its status line
    fail(new Error('offline'));
    expect(await pressed).to.be.undefined;
    expect(line, 'the new screen is not told of the old press').to.equal('');
    el.importer = () => new Promise((resolve) => (arrive = resolve));
    pressed = el.later.forAction(status, t);
    line = 'Recommencé pour la personne suivante.';
    arrive({ view: () => 'la vue' });
    expect(await pressed).to.be.undefined;
    expect(line).to.equal('Recommencé pour la personne suivante.');
    expect(el.later.loaded, 'the module is here for the next press').to.have.property('view');
  });

  it('shows a polite loading line, then the view once its module is here', async () => {
    let arrive!: (module: { view: () => string }) => void;
    const el = document.createElement('later-host') as LaterHost;
    el.importer = () => new Promise((resolve) => (arrive = resolve));
    document.body.append(el);
    await el.updateComplete;
    const line = el.shadowRoot!.querySelector('[role=status]')!;
    expect(line.textContent).to.equal('Chargement…');
    arrive({ view: () => 'la vue' });
    await loadsSettled(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#view')!.textContent).to.equal('la vue');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('a failed load says so with a button; the button loads it again', async () => {
    const el = document.createElement('later-host') as LaterHost;
    el.importer = () => Promise.reject(new Error('offline'));
    document.body.append(el);
    await el.updateComplete;
    await loadsSettled(el);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('n’a pas pu être chargée');
    await expect(el).to.be.accessible();
    el.importer = () => Promise.resolve({ view: () => 'enfin' });
    alert.querySelector('button')!.click();
    await loadsSettled(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#view')!.textContent).to.equal('enfin');
    el.remove();
  });

  it('a failed load is tried again when the browser comes back online (read-aloud has no retry button)', async () => {
    const el = document.createElement('later-host') as LaterHost;
    el.needed = false;
    el.render = () => html``;
    el.importer = () => (el.imports === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ view: () => 'revenue' }));
    document.body.append(el);
    try {
      expect(el.later.value).to.be.undefined;
      await loadsSettled(el);
      expect(el.later.value, 'failed: not asked again by reading it').to.be.undefined;
      expect(el.imports).to.equal(1);
      dispatchEvent(new Event('online'));
      await loadsSettled(el);
      expect(el.imports).to.equal(2);
      expect(el.later.value?.view()).to.equal('revenue');
      dispatchEvent(new Event('online'));
      expect(el.imports, 'nothing to do once here').to.equal(2);
    } finally {
      el.remove();
    }
  });

  it('a module the page will not use is not fetched when the browser is idle', async () => {
    const el = document.createElement('later-host') as LaterHost;
    el.needed = false;
    // Not rendered: only the idle prefetch could ask for it.
    el.render = () => html``;
    document.body.append(el);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(el.imports).to.equal(0);
    el.needed = true;
    el.remove();
    document.body.append(el);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(el.imports).to.equal(1);
    el.remove();
  });

  it('leaving the page before the browser is idle cancels the prefetch: nothing holds the element, nothing is fetched for it', () => {
    // Recorded, never run: as on a page that keeps the browser busy (an idle call then waits up to 2 s).
    const { asked, restore } = recordIdleCallbacks();
    try {
      const el = document.createElement('later-host') as LaterHost;
      el.render = () => html``;
      document.body.append(el);
      expect(asked.size, 'asked for on connection').to.equal(1);
      el.remove();
      expect(asked.size, 'cancelled on removal').to.equal(0);
      expect(el.imports).to.equal(0);
      // Back on the page: asked again, and fetched when the browser is idle.
      document.body.append(el);
      expect(asked.size).to.equal(1);
      for (const callback of asked.values()) callback({ didTimeout: false, timeRemaining: () => 50 });
      expect(el.imports).to.equal(1);
      el.remove();
    } finally {
      restore();
    }
  });
});

describe('widget base: the config checked without zod when attributes suffice', () => {
  it('attributes alone: the content in the first update, no loading line', async () => {
    const el = document.createElement('msp-harness') as MspHarness;
    el.setAttribute('db-name', freshDbName());
    el.setAttribute('retention-months', '12');
    document.body.append(el);
    // The first update only: no waiting for any load.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.shadowRoot!.querySelector('#title')?.textContent).to.equal('Harnais');
    el.remove();
  });

  it('the full check cannot load (offline): a polite alert with a retry, then the content', async () => {
    let attempts = 0;
    class OfflineHarness extends MspHarness {
      static override loadConfigSchema = () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(harnessConfigSchema));
    }
    customElements.define('offline-harness', OfflineHarness);
    const original = console.error;
    const logged: string[] = [];
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const el = await fixture<MspHarness>(html`<offline-harness db-name=${freshDbName()} .config=${{ title: 'Nos idées' }}></offline-harness>`);
      const alert = el.shadowRoot!.querySelector('[part=load-notice]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(logged.some((line) => line.includes('n’a pas pu être chargée'))).to.be.true;
      await expect(el).to.be.accessible();
      alert.querySelector('button')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#title')!.textContent).to.equal('Nos idées');
      expect(attempts).to.equal(2);
    } finally {
      console.error = original;
    }
  });

  it('a JSON config: a loading line while the full check loads, then the content', async () => {
    const el = await fixture<MspHarness>(html`<msp-harness db-name=${freshDbName()} .config=${{ title: 'Nos idées' }}></msp-harness>`);
    expect(el.shadowRoot!.querySelector('#title')!.textContent).to.equal('Nos idées');
    await expect(el).to.be.accessible();
  });
});
