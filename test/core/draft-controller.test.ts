import { expect, fixture, html } from '@open-wc/testing';
import { LocalStore } from '../../src/core/storage.js';
import { freshDbName, waitFor } from '../helpers/collector.js';
import './widget-harness.js';
import type { MspHarness } from './widget-harness.js';

async function harness(dbName: string): Promise<MspHarness> {
  const el = await fixture<MspHarness>(html`<msp-harness db-name=${dbName}></msp-harness>`);
  await el.updateComplete;
  return el;
}
const stored = async (dbName: string, key = 'harness') => (await LocalStore.open(dbName)).getDocument<{ text: string }>('draft', key);

describe('DraftController: what was typed survives a closed tab', () => {
  it('writes shortly after the last keystroke, not at each one', async () => {
    const dbName = freshDbName('draft');
    const el = await harness(dbName);
    el.drafts.save({ text: 'U' });
    el.drafts.save({ text: 'Un' });
    expect(await stored(dbName), 'not yet: debounced').to.be.undefined;
    await waitFor(async () => (await stored(dbName))?.text === 'Un', 3000, 'the debounced write');
    expect(await el.drafts.restore()).to.deep.equal({ text: 'Un' });
  });

  it('flush writes at once; clear forgets', async () => {
    const dbName = freshDbName('draft');
    const el = await harness(dbName);
    el.drafts.save({ text: 'Une rampe' });
    await el.drafts.flush();
    expect(await stored(dbName)).to.deep.equal({ text: 'Une rampe' });
    await el.drafts.clear();
    expect(await stored(dbName)).to.be.undefined;
    expect(await el.drafts.restore()).to.be.undefined;
  });

  it('clear also drops a write still waiting', async () => {
    const dbName = freshDbName('draft');
    const el = await harness(dbName);
    el.drafts.save({ text: 'Jamais écrit' });
    await el.drafts.clear();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await stored(dbName)).to.be.undefined;
  });

  it('the page being hidden or left flushes the pending draft', async () => {
    const dbName = freshDbName('draft');
    const el = await harness(dbName);
    el.drafts.save({ text: 'Avant de partir' });
    window.dispatchEvent(new Event('pagehide'));
    // pagehide only flushes when the page is hidden: the test page is visible, so the debounce writes it.
    await waitFor(async () => (await stored(dbName))?.text === 'Avant de partir', 3000);
    el.drafts.save({ text: 'En quittant' });
    el.remove();
    await waitFor(async () => (await stored(dbName))?.text === 'En quittant', 1000, 'the flush on disconnect');
  });

  it('the flush on disconnect does not wait for the debounce', async () => {
    const dbName = freshDbName('draft');
    const el = await fixture<MspHarness>(html`<msp-harness db-name=${dbName}></msp-harness>`);
    (el.drafts as unknown as { options: { delayMs: number } }).options.delayMs = 60_000;
    el.drafts.save({ text: 'Tout de suite' });
    el.remove();
    await waitFor(async () => (await stored(dbName))?.text === 'Tout de suite', 2000, 'written without the 60 s delay');
  });

  it('no key (kiosk mode): nothing is kept, nothing restored', async () => {
    const dbName = freshDbName('draft');
    const el = await harness(dbName);
    el.draftKey = undefined;
    el.drafts.save({ text: 'Borne' });
    await el.drafts.flush();
    expect(await el.drafts.restore()).to.be.undefined;
    expect(await (await LocalStore.open(dbName)).getDocument('draft', 'harness')).to.be.undefined;
  });
});
