import { expect, fixture, html } from '@open-wc/testing';
import * as z from 'zod/mini';
import type { MspErrorEvent } from '../../src/core/events.js';
import { field, isUnexplained, loadExplanations } from '../../src/core/config.js';
import { resolveWidgetConfig } from '../../src/core/widget-config.js';
import { freshDbName } from '../helpers/collector.js';
import './widget-harness.js';
import type { MspHarness } from './widget-harness.js';

// The French explanations of config problems (src/core/config-problems.ts) load only when a config is
// wrong. This file runs in its own page: nothing has asked for them before its first test.

const schema = z.strictObject({ title: z.optional(z.string()), size: z.optional(z.number()) });

describe('config explanations, loaded on the first problem', () => {
  it('a widget with a wrong attribute: updateComplete waits for the words; notice, console and msp-error carry them', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      // Nothing has asked for the explanations yet on this page.
      const early = resolveWidgetConfig(schema, { title: 4 }, []);
      expect(early.problems.every(isUnexplained), 'not loaded before the first problem').to.be.true;
      const errors: MspErrorEvent[] = [];
      const container = document.createElement('div');
      container.addEventListener('msp-error', (event) => errors.push(event as MspErrorEvent));
      document.body.append(container);
      const el = await fixture<MspHarness>(html`<msp-harness db-name=${freshDbName()} retention-months="0"></msp-harness>`, { parentNode: container });
      const notice = el.shadowRoot!.querySelector('[part=config-notice]')!;
      expect(notice.textContent).to.contain('retention-months').and.to.contain('au moins 1');
      expect(logged.filter((line) => line.includes('retention-months'))).to.have.length(1);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.problems![0]).to.include({ path: 'retention-months', expected: 'au moins 1' });
    } finally {
      console.error = original;
    }
  });
  it('a valid config needs no explanation; a wrong one is explained in French once they are loaded', async () => {
    const valid = resolveWidgetConfig(schema, { title: 'Nos idées' }, [{ attribute: 'size', key: 'size', field: field.int(0, 10), value: 3 }]);
    expect(valid).to.deep.equal({ value: { title: 'Nos idées', size: 3 }, problems: [] });

    await loadExplanations();
    // Once here, they stay: the next problems are explained at once.
    const late = resolveWidgetConfig(schema, { title: 4 }, [{ attribute: 'size', key: 'size', field: field.int(0, 10), value: 'grand' }]);
    expect(late.problems).to.deep.equal([
      { source: 'config', path: 'title', expected: 'du texte', found: '4' },
      { source: 'attribute', path: 'size', expected: 'un nombre', found: '"grand"' },
    ]);
    expect(late.problems.some(isUnexplained)).to.be.false;
  });
});
