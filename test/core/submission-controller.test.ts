import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MspDeliveredEvent, MspErrorEvent, MspSubmittedEvent } from '../../src/core/events.js';
import { LocalStore } from '../../src/core/storage.js';
import { TestCollector, freshDbName } from '../helpers/collector.js';
import './widget-harness.js';
import type { MspHarness } from './widget-harness.js';

async function harness(options: { endpoint?: string; minSeconds?: number; dbName?: string } = {}): Promise<MspHarness> {
  const el = await fixture<MspHarness>(
    html`<msp-harness
      db-name=${options.dbName ?? freshDbName('submission')}
      endpoint=${ifDefined(options.endpoint)}
      .config=${{ minSecondsToSubmit: options.minSeconds ?? 0, requestTimeoutMs: 3000 }}
    ></msp-harness>`,
  );
  await el.updateComplete;
  return el;
}
const next = <T extends Event>(el: HTMLElement, type: string) => new Promise<T>((resolve) => el.addEventListener(type, (e) => resolve(e as T), { once: true }));

describe('SubmissionController: from payload to endpoint or local store (real collector)', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  it('sent: sending while under way, then done; msp-submitted; the envelope stored by the endpoint', async () => {
    const el = await harness({ endpoint: collector.endpoint });
    const submitted = next<MspSubmittedEvent>(el, 'msp-submitted');
    const pending = el.submission.submit({ theme: 'accueil', themeLabel: 'Accueil', text: 'Un banc' });
    expect(el.submission.state).to.equal('sending');
    const outcome = await pending;
    expect(outcome).to.include({ status: 'sent' });
    expect(el.submission.state).to.equal('done');
    expect(el.submission.outcome).to.deep.equal(outcome);
    const { detail } = await submitted;
    expect(detail).to.include({ kind: 'idea', status: 'sent', id: el.submission.envelope!.id });
    const records = await collector.records();
    expect(records.map((r) => r.id)).to.include(el.submission.envelope!.id);
  });

  it('a second press while sending sends nothing more', async () => {
    await collector.fault({ mode: 'slow', delayMs: 800, count: 1 });
    const el = await harness({ endpoint: collector.endpoint });
    const before = await collector.postsSeen();
    const first = el.submission.submit({ theme: 'accueil', themeLabel: 'Accueil', text: 'Deux fois' });
    const second = await el.submission.submit({ theme: 'accueil', themeLabel: 'Accueil', text: 'Deux fois' });
    expect(second).to.equal('too-fast');
    expect(((await first) as { status: string }).status).to.equal('sent');
    expect((await collector.postsSeen()) - before).to.equal(1);
  });

  it('too fast for a person: refused, nothing leaves the page', async () => {
    const el = await harness({ endpoint: collector.endpoint, minSeconds: 30 });
    expect(el.submission.secondsToWait).to.be.within(29, 30);
    const before = await collector.postsSeen();
    expect(await el.submission.submit({ theme: 'accueil', themeLabel: 'Accueil', text: 'Vite' })).to.equal('too-fast');
    expect(el.submission.state).to.equal('idle');
    expect(await collector.postsSeen()).to.equal(before);
  });

  it('a filled honeypot is answered like a success, and nothing is sent', async () => {
    const el = await harness({ endpoint: collector.endpoint });
    const before = await collector.postsSeen();
    el.submission.honeypot = 'http://spam.example';
    const outcome = await el.submission.submit({ theme: 'accueil', themeLabel: 'Accueil', text: 'Pilules' });
    expect(outcome).to.include({ status: 'sent', kept: false });
    expect(el.submission.state).to.equal('done');
    expect(await collector.postsSeen()).to.equal(before);
  });

  it('refused by the endpoint (422): rejected, kept, msp-error with the status; the form is done', async () => {
    await collector.fault({ mode: 'error', status: 422, count: 1 });
    const el = await harness({ endpoint: collector.endpoint });
    const error = next<MspErrorEvent>(el, 'msp-error');
    const outcome = await el.submission.submit({ theme: 'accueil', themeLabel: 'Accueil', text: 'Refusée' });
    expect(outcome).to.include({ status: 'rejected', httpStatus: 422 });
    expect(el.submission.state).to.equal('done');
    expect((await error).detail).to.include({ reason: 'rejected', httpStatus: 422, kind: 'idea' });
  });

  it('endpoint down: queued; once it is back the confirmation turns to sent, deliveredLater, msp-delivered', async () => {
    const dbName = freshDbName('queued');
    const el = await harness({ endpoint: collector.endpoint, dbName });
    await collector.down();
    try {
      const outcome = await el.submission.submit({ theme: 'accueil', themeLabel: 'Accueil', text: 'Plus tard' });
      expect(outcome).to.include({ status: 'queued', kept: true });
      expect(el.submission.deliveredLater).to.be.false;
    } finally {
      await collector.up();
    }
    const delivered = next<MspDeliveredEvent>(el, 'msp-delivered');
    window.dispatchEvent(new Event('online'));
    expect((await delivered).detail.id).to.equal(el.submission.envelope!.id);
    expect(el.submission.deliveredLater).to.be.true;
    expect(el.submission.outcome!.status).to.equal('sent');
  });

  it('no endpoint: saved in this browser, msp-submitted saved', async () => {
    const dbName = freshDbName('saved');
    const el = await harness({ dbName });
    const submitted = next<MspSubmittedEvent>(el, 'msp-submitted');
    const outcome = await el.submission.submit({ theme: 'accueil', themeLabel: 'Accueil', text: 'Ici' });
    expect(outcome).to.include({ status: 'saved', kept: true });
    expect((await submitted).detail.status).to.equal('saved');
    const [stored] = await (await LocalStore.open(dbName)).listSubmissions('idea');
    expect(stored!.envelope.payload).to.deep.equal({ theme: 'accueil', themeLabel: 'Accueil', text: 'Ici' });
  });

  it('reset: back to idle with nothing remembered, and the minimum time counts again', async () => {
    const el = await harness({ endpoint: collector.endpoint, minSeconds: 0 });
    await el.submission.submit({ theme: 'accueil', themeLabel: 'Accueil', text: 'Une' });
    el.submission.honeypot = 'x';
    el.submission.reset();
    expect(el.submission.state).to.equal('idle');
    expect(el.submission.outcome).to.be.undefined;
    expect(el.submission.envelope).to.be.undefined;
    expect(el.submission.honeypot).to.equal('');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#state')!.textContent).to.equal('idle');
  });

  it('a payload the endpoint finds invalid (not an idea): rejected with its 4xx, msp-error, the form done', async () => {
    const el = await harness({ endpoint: collector.endpoint });
    const error = next<MspErrorEvent>(el, 'msp-error');
    const outcome = await el.submission.submit({ nope: 'x'.repeat(10) });
    if (outcome === 'too-fast') throw new Error('not too fast: minSecondsToSubmit is 0');
    expect(outcome.status).to.equal('rejected');
    expect(outcome.httpStatus).to.be.within(400, 499);
    expect(el.submission.state).to.equal('done');
    expect((await error).detail).to.include({ reason: 'rejected', httpStatus: outcome.httpStatus });
    expect((await collector.records()).map((r) => r.id)).not.to.include(outcome.id);
  });
});
