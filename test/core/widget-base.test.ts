import { expect, fixture, html } from '@open-wc/testing';
import type { MspErrorEvent } from '../../src/core/events.js';
import { freshDbName } from '../helpers/collector.js';
import './widget-harness.js';
import type { MspHarness } from './widget-harness.js';

/** Runs `body` with console.error captured (config problems are logged there on purpose). */
async function quietly<T>(body: (logged: string[]) => Promise<T>): Promise<T> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.join(' '));
  try {
    return await body(logged);
  } finally {
    console.error = original;
  }
}
const notice = (el: HTMLElement) => el.shadowRoot!.querySelector('[part=config-notice]');

describe('MspWidget: config from a static schema and attribute list', () => {
  it('makes each config attribute, common or its own, a Lit property of the type its field says', async () => {
    const el = await fixture<MspHarness>(
      html`<msp-harness
        db-name=${freshDbName()}
        structure-name="MSP des Tilleuls"
        heading-level="3"
        easy-read
        feed="/flux.json"
        retention-months="6"
        kiosk
      ></msp-harness>`,
    );
    expect(el.structureName).to.equal('MSP des Tilleuls');
    expect(el.headingLevel).to.equal(3);
    expect(el.easyRead).to.equal(true);
    expect(el.feed).to.equal('/flux.json');
    expect(el.retentionMonths).to.equal(6);
    expect(el.kiosk).to.equal(true);
    const observed = (customElements.get('msp-harness') as unknown as { observedAttributes: string[] }).observedAttributes;
    expect(observed).to.include.members([
      'endpoint',
      'structure-name',
      'db-name',
      'heading-level',
      'hide-heading',
      'easy-read',
      'lang',
      'feed',
      'retention-months',
      'kiosk',
    ]);
    el.setAttribute('retention-months', '12');
    el.removeAttribute('kiosk');
    await el.updateComplete;
    expect(el.retentionMonths).to.equal(12);
    expect(el.kiosk).to.equal(false);
  });

  it('merges the JSON config and the attributes, the attributes winning', async () => {
    const el = await fixture<MspHarness>(
      html`<msp-harness
        db-name=${freshDbName()}
        feed="/flux.json"
        retention-months="6"
        .config=${{ feed: '/autre.json', title: 'Nos idées', structureName: 'MSP des Tilleuls' }}
      ></msp-harness>`,
    );
    expect(notice(el)).to.be.null;
    expect(el.current).to.deep.include({ feed: '/flux.json', retentionMonths: 6, title: 'Nos idées', structureName: 'MSP des Tilleuls' });
    expect(el.shadowRoot!.querySelector('#title')!.textContent).to.equal('Nos idées');
    expect(el.submissionTarget).to.include({ kind: 'idea', structure: 'MSP des Tilleuls', endpoint: undefined });
  });

  it('a boolean attribute: present sets true; absent leaves the JSON config to decide', async () => {
    const fromJson = await fixture<MspHarness>(html`<msp-harness db-name=${freshDbName()} .config=${{ kiosk: true }}></msp-harness>`);
    expect(fromJson.kiosk, 'the property defaults to false').to.be.false;
    expect(fromJson.current.kiosk).to.be.true;
    const fromAttribute = await fixture<MspHarness>(html`<msp-harness db-name=${freshDbName()} kiosk></msp-harness>`);
    expect(fromAttribute.current.kiosk).to.be.true;
    const neither = await fixture<MspHarness>(html`<msp-harness db-name=${freshDbName()}></msp-harness>`);
    expect(neither.current.kiosk).to.be.undefined;
  });

  it('reads an inline JSON script as well as the property', async () => {
    const el = await fixture<MspHarness>(
      html`<msp-harness db-name=${freshDbName()}
        ><script type="application/json">
          { "title": "En ligne" }
        </script></msp-harness
      >`,
    );
    expect(el.current.title).to.equal('En ligne');
  });

  it('a wrong own attribute: named in the console, in msp-error and in the visible notice; settings back to {}', async () => {
    await quietly(async (logged) => {
      const el = await fixture<MspHarness>(html`<msp-harness db-name=${freshDbName()} .config=${{ title: 'Avant' }}></msp-harness>`);
      expect(el.seen).to.have.length(1);
      const error = new Promise<MspErrorEvent>((resolve) => el.addEventListener('msp-error', resolve, { once: true }));
      el.setAttribute('feed', 'javascript:alert(1)');
      el.setAttribute('retention-months', '500');
      await el.updateComplete;
      expect(notice(el)!.textContent).to.contain('feed').and.to.contain('retention-months');
      expect(notice(el)!.getAttribute('role')).to.equal('alert');
      const { detail } = await error;
      expect(detail.reason).to.equal('config');
      expect(detail.problems!.map((p) => p.path).sort()).to.deep.equal(['feed', 'retention-months']);
      expect(logged.some((line) => line.includes('[msp-harness]') && line.includes('l\'attribut "feed"'))).to.be.true;
      expect(el.current).to.deep.equal({});
      expect(el.seen, 'settingsChanged only for valid settings').to.have.length(1);
    });
  });

  it('unknown JSON keys are problems, not silently ignored', async () => {
    await quietly(async () => {
      const el = await fixture<MspHarness>(html`<msp-harness db-name=${freshDbName()} .config=${{ titel: 'faute de frappe' }}></msp-harness>`);
      expect(notice(el)!.textContent).to.contain('titel');
    });
  });

  it('settingsChanged receives each valid config', async () => {
    const el = await fixture<MspHarness>(html`<msp-harness db-name=${freshDbName()} feed="/a.json"></msp-harness>`);
    el.feed = '/b.json';
    await el.updateComplete;
    expect(el.seen.map((s) => s.feed)).to.deep.equal(['/a.json', '/b.json']);
  });

  it('a widget may add checks: override resolveConfig and call super', async () => {
    await quietly(async () => {
      const calm = await fixture<MspHarness>(html`<msp-strict-harness db-name=${freshDbName()} .config=${{ title: 'Calme' }}></msp-strict-harness>`);
      expect(notice(calm)).to.be.null;
      const loud = await fixture<MspHarness>(html`<msp-strict-harness db-name=${freshDbName()} .config=${{ title: 'CRIE' }}></msp-strict-harness>`);
      expect(notice(loud)!.textContent).to.contain('un titre en minuscules');
      const both = await fixture<MspHarness>(
        html`<msp-strict-harness db-name=${freshDbName()} feed="ftp://x" .config=${{ title: 'Calme' }}></msp-strict-harness>`,
      );
      expect(notice(both)!.textContent, 'the schema’s problems still come through').to.contain('feed');
    });
  });

  it('late problems (a definition fetched after the first render) show the same notice, and clear', async () => {
    await quietly(async () => {
      const el = await fixture<MspHarness>(html`<msp-harness db-name=${freshDbName()}></msp-harness>`);
      el.showLoadProblems([{ source: 'config', path: 'feed.ideas[0]', expected: 'un objet { … }', found: '3' }]);
      await el.updateComplete;
      expect(notice(el)!.textContent).to.contain('feed.ideas[0]');
      el.showLoadProblems([]);
      await el.updateComplete;
      expect(notice(el)).to.be.null;
    });
  });

  it('carries lang and dir on its wrapper, and is accessible with its notice', async () => {
    const el = await fixture<MspHarness>(html`<msp-harness lang="en" db-name=${freshDbName()}></msp-harness>`);
    const base = el.shadowRoot!.querySelector('[part=base]')!;
    expect(base.getAttribute('lang')).to.equal('en');
    expect(base.getAttribute('dir')).to.equal('ltr');
    await quietly(async () => {
      const broken = await fixture<MspHarness>(html`<msp-harness db-name=${freshDbName()} feed="javascript:x"></msp-harness>`);
      await expect(broken).to.be.accessible();
    });
  });
});
