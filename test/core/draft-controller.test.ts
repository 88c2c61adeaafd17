import { expect, fixture, html } from '@open-wc/testing';
import { DraftController } from '../../src/core/draft-controller.js';
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

/** Runs `act` while the document reports that visibility, then gives the document back its own. */
function withVisibility(state: DocumentVisibilityState, act: () => void): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  try {
    act();
  } finally {
    delete (document as unknown as Record<string, unknown>).visibilityState;
  }
}

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

  it('the page being hidden flushes the pending draft at once', async () => {
    const dbName = freshDbName('draft');
    const el = await harness(dbName);
    const slow = new DraftController<{ text: string }>(el, { key: () => 'hidden', dbName: () => dbName, delayMs: 60_000 });
    slow.save({ text: 'Avant de partir' });
    // The document says "hidden" for this test, then stops (the runner's own tab may be either).
    const actual = document.visibilityState;
    withVisibility('hidden', () => document.dispatchEvent(new Event('visibilitychange')));
    expect(document.visibilityState).to.equal(actual);
    await waitFor(async () => (await stored(dbName, 'hidden'))?.text === 'Avant de partir', 2000, 'written without the 60 s delay');
  });

  it('a visibility change while the page stays visible writes nothing early', async () => {
    const dbName = freshDbName('draft');
    const el = await harness(dbName);
    const slow = new DraftController<{ text: string }>(el, { key: () => 'visible', dbName: () => dbName, delayMs: 60_000 });
    slow.save({ text: 'Encore là' });
    // Visible for this test, whatever the runner's tab is (two files run at once, one in the background).
    withVisibility('visible', () => {
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('pagehide'));
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await stored(dbName, 'visible')).to.be.undefined;
    await slow.clear();
  });

  it('the flush on disconnect does not wait for the debounce', async () => {
    const dbName = freshDbName('draft');
    const el = await harness(dbName);
    const slow = new DraftController<{ text: string }>(el, { key: () => 'slow', dbName: () => dbName, delayMs: 60_000 });
    slow.save({ text: 'Tout de suite' });
    el.remove();
    await waitFor(async () => (await stored(dbName, 'slow'))?.text === 'Tout de suite', 2000, 'written without the 60 s delay');
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
