// The screens after the start screen come in a module of their own (views/later.views.ts, issue 16).
// The screen host below draws the widget's screens with an importer the test controls: the module
// arrives late, or fails once. The widget itself, offline through the real import: continuum-offline.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, nothing, type TemplateResult } from 'lit';
import { OnDemand } from '../../core/on-demand.js';
import { coreFr } from '../../core/translations/fr.js';
import { headingAt } from '../../core/widget-ui.js';
import { formStyles } from '../../ui/form.styles.js';
import { baseStyles } from '../../core/theme.js';
import type { ContinuumWork, SavedAssessment, View } from './continuum-check.state.js';
import { continuumCheckStyles } from './continuum-check.styles.js';
import { contentFr } from './continuum-content.fr.js';
import { freshWork } from './continuum-shell.js';
import { continuumCheckFr } from './translations/fr.js';
import { continuumLaterFr } from './translations/later.fr.js';
import { renderScreen, type LaterViews, type ScreenOn } from './views/screen.view.js';

/** An import the test settles: `arrive()` gives the real module, `fail()` a network error. */
class Deferred {
  calls = 0;
  private settle: { resolve(views: LaterViews): void; reject(error: Error): void } | undefined;
  readonly importer = (): Promise<LaterViews> => {
    this.calls++;
    return new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  };
  async arrive(): Promise<void> {
    this.settle!.resolve(await import('./views/later.views.js'));
  }
  fail(): void {
    this.settle!.reject(new TypeError('Failed to fetch dynamically imported module'));
  }
}

const noop = () => undefined;
const on = new Proxy({}, { get: () => noop }) as ScreenOn;

/** The widget's screen, drawn as the component draws it, with the later module from `deferred`. */
class ScreenHost extends LitElement {
  static override styles = [baseStyles, formStyles, continuumCheckStyles];
  static override properties = { work: { attribute: false }, history: { attribute: false } };
  deferred = new Deferred();
  readonly later = new OnDemand<LaterViews>(this, () => this.deferred.importer());
  declare work: ContinuumWork;
  declare history: SavedAssessment[];

  constructor() {
    super();
    this.work = freshWork('2026-11-20');
    this.history = [];
  }

  override render(): TemplateResult {
    return renderScreen({
      t: continuumCheckFr,
      laterT: continuumLaterFr,
      core: coreFr,
      formatDate: (date) => date,
      dir: 'ltr',
      ui: { heading: (content, options) => headingAt(2, content, options), readAloud: () => nothing },
      on,
      laterOn: on,
      later: this.later,
      state: {
        work: this.work,
        history: this.history,
        structure: 'MSP des Tilleuls',
        content: contentFr,
        contentFailed: false,
        statusMessage: '',
        titleHidden: false,
        results: () => ({ share: undefined, structureType: 'msp', toolPages: undefined, chartLayout: 'wide' }),
        merge: { merged: undefined, unreadable: [] },
      },
    });
  }
}
customElements.define('continuum-screen-host', ScreenHost);

async function host(view: View, history: SavedAssessment[] = []): Promise<ScreenHost> {
  const el = await fixture<ScreenHost>(html`<continuum-screen-host .work=${{ ...freshWork('2026-11-20'), view }} .history=${history}></continuum-screen-host>`);
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** Once the load under way has come or failed, and the host has drawn what follows. */
async function settled(el: ScreenHost): Promise<void> {
  await el.later.load().catch(() => undefined);
  await el.updateComplete;
}

describe('continuum later screens: the module arrives late', () => {
  for (const [view, heading] of [
    ['step', '#step-title'],
    ['results', '#results-title'],
    ['merge', '#merge-title'],
  ] as const) {
    it(`${view}: a polite loading line, then the screen`, async () => {
      const el = await host(view);
      const line = $(el, '[part="loading"]')!;
      expect(line.getAttribute('role')).to.equal('status');
      expect(line.textContent).to.equal(coreFr.loading);
      expect($(el, heading)).to.be.null;
      await expect(el).to.be.accessible();

      await el.deferred.arrive();
      await settled(el);
      expect($(el, '[part="loading"]')).to.be.null;
      expect($(el, heading)).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('the start screen shows at once; its past (plan and progress) waits for the module', async () => {
    const past: SavedAssessment = {
      id: 'a',
      savedAt: '2026-05-01T09:00:00.000Z',
      assessedAt: '2026-05-01',
      mode: 'consensus',
      answers: { dimensions: {}, alibi: {}, obstacles: [] },
      levels: { diagnostics: 1 },
      aciLevel: 0,
      actionPlan: [{ dimensionId: 'diagnostics', practiceId: 'diag-info-debate', who: 'Dr Martin', due: '', means: '' }],
    };
    const el = await host('intro', [past]);
    expect($(el, '#start')).to.exist;
    expect($(el, '#role')).to.exist;
    expect($(el, '[part="loading"]')!.textContent).to.equal(coreFr.loading);
    expect($(el, '[part="plan-summary"]')).to.be.null;
    await expect(el).to.be.accessible();

    await el.deferred.arrive();
    await settled(el);
    expect($(el, '[part="loading"]')).to.be.null;
    expect($(el, '[part="plan-summary"]')!.textContent).to.contain('Dr Martin');
    expect($(el, '[part="history"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('continuum later screens: the module fails once', () => {
  it('an alert says so, with a button that tries again, then the screen', async () => {
    const el = await host('step');
    el.deferred.fail();
    await settled(el);
    const alert = $(el, '[part~="load-notice"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain(coreFr.loadFailed);
    const retry = alert.querySelector('button')!;
    expect(retry.textContent!.trim()).to.equal(coreFr.tryAgain);
    expect($(el, '#step-title')).to.be.null;
    await expect(el).to.be.accessible();

    retry.click();
    expect(el.deferred.calls, 'imported again').to.equal(2);
    await el.updateComplete;
    expect($(el, '[part~="load-notice"]'), 'the alert gives way').to.be.null;
    expect($(el, '[part="loading"]')!.getAttribute('role'), 'to the loading line').to.equal('status');
    await el.deferred.arrive();
    await settled(el);
    expect($(el, '[part~="load-notice"]')).to.be.null;
    expect($(el, '#step-title')).to.exist;
    await expect(el).to.be.accessible();
  });
});
