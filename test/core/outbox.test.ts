import { expect } from '@open-wc/testing';
import { createEnvelope, localDay } from '../../src/core/envelope.js';
import { Outbox, backoffDelay, parseRetryAfter, isRetryableStatus } from '../../src/core/outbox.js';
import { LocalStore } from '../../src/core/storage.js';
import { TestCollector, freshDbName, goOfflineFor, waitFor } from '../helpers/collector.js';

const idea = (text = 'Plus de chaises dans la salle d’attente') =>
  createEnvelope('idea', { theme: 'locaux', themeLabel: 'Locaux et accessibilité', text }, { locale: 'fr', structure: 'MSP des Tilleuls' });

/** Every delivery test ends the same way: exactly one stored record per submission. */
async function expectExactlyOnce(collector: TestCollector, ids: string[]): Promise<void> {
  const records = await collector.records();
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.id, (counts.get(record.id) ?? 0) + 1);
  expect(records.length, 'records at the collector').to.equal(ids.length);
  for (const id of ids) expect(counts.get(id), `copies of ${id}`).to.equal(1);
}

describe('outbox: pure rules', () => {
  it('dates anonymous submissions by the person’s own day, not the UTC day', () => {
    expect(localDay(new Date(2026, 0, 1, 0, 30))).to.equal('2026-01-01');
    expect(localDay(new Date(2026, 11, 31, 23, 59))).to.equal('2026-12-31');
    expect(createEnvelope('idea', {}, { locale: 'fr', now: new Date(2026, 0, 1, 0, 30) }).createdAt).to.equal('2026-01-01');
  });

  it('retries 408, 409, 429 and 5xx, and nothing else', () => {
    expect([408, 409, 425, 429, 500, 502, 503, 504].every(isRetryableStatus)).to.be.true;
    expect([400, 401, 403, 404, 413, 422].some(isRetryableStatus)).to.be.false;
  });
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    expect(parseRetryAfter(new Date(Date.now() + 10_000).toUTCString())).to.be.within(8000, 10_000);
    expect(parseRetryAfter('soon')).to.be.undefined;
    expect(parseRetryAfter(null)).to.be.undefined;
  });
  it('backs off exponentially with jitter, capped', () => {
    expect(backoffDelay(1, 1000, 60_000, () => 0)).to.equal(500);
    expect(backoffDelay(1, 1000, 60_000, () => 1)).to.equal(1000);
    expect(backoffDelay(4, 1000, 60_000, () => 1)).to.equal(8000);
    expect(backoffDelay(30, 1000, 60_000, () => 1)).to.equal(60_000);
  });
});

describe('outbox: delivery matrix against a real collector', () => {
  let collector: TestCollector;
  let outbox: Outbox;
  let dbName: string;

  beforeEach(async () => {
    collector = await TestCollector.start();
    dbName = freshDbName('outbox');
    outbox = new Outbox(dbName, { timeoutMs: 1000, retryBaseMs: 200, maxDelayMs: 1000 });
  });
  afterEach(async () => {
    outbox.stop();
    await collector.stop();
  });

  it('sends at once when the endpoint is up, with the Idempotency-Key, and keeps nothing', async () => {
    const envelope = idea();
    const outcome = await outbox.submit(envelope, collector.endpoint);
    expect(outcome.status).to.equal('sent');
    expect(outcome.response).to.deep.include({ id: envelope.id, stored: true });
    expect(await outbox.pending()).to.have.length(0);
    await expectExactlyOnce(collector, [envelope.id]);
  });

  it('server down then up: queued, then delivered on the next flush', async () => {
    await collector.down();
    const envelope = idea();
    const outcome = await outbox.submit(envelope, collector.endpoint);
    expect(outcome.status).to.equal('queued');
    expect(outcome.kept).to.be.true;
    const [waiting] = await outbox.pending();
    expect(waiting?.attempts).to.equal(1);
    expect(waiting?.lastError).to.equal('network');
    await collector.up();
    await outbox.flush();
    expect(await outbox.pending()).to.have.length(0);
    await expectExactlyOnce(collector, [envelope.id]);
  });

  it('500 then 200: a 5xx is a failure, retried by the timer', async () => {
    await collector.fault({ mode: 'error', status: 500, count: 1 });
    outbox.start();
    const envelope = idea();
    const delivered = new Promise((resolve) => outbox.addEventListener('delivered', resolve, { once: true }));
    expect((await outbox.submit(envelope, collector.endpoint)).status).to.equal('queued');
    expect((await outbox.pending())[0]?.lastStatus).to.equal(500);
    await delivered;
    await expectExactlyOnce(collector, [envelope.id]);
  });

  it('429 with Retry-After: waits at least that long, even when flushed by hand', async () => {
    await collector.fault({ mode: 'throttle', retryAfter: 1, count: 1 });
    const envelope = idea();
    expect((await outbox.submit(envelope, collector.endpoint)).status).to.equal('queued');
    // Retry-After counts from the 429 answer, which a loaded machine may give well after the send began.
    const answeredAt = Date.now();
    await outbox.flush();
    expect(await collector.records(), 'not resent before Retry-After').to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 1100 - (Date.now() - answeredAt)));
    await outbox.flush();
    await expectExactlyOnce(collector, [envelope.id]);
  });

  it('a response slower than the timeout: retried, and the collector keeps one copy', async () => {
    await collector.fault({ mode: 'slow', delayMs: 2500, count: 1 });
    const envelope = idea();
    const outcome = await outbox.submit(envelope, collector.endpoint);
    expect(outcome.status).to.equal('queued');
    expect((await outbox.pending())[0]?.lastError).to.equal('timeout');
    await outbox.flush();
    expect(await outbox.pending()).to.have.length(0);
    await expectExactlyOnce(collector, [envelope.id]);
  });

  it('offline then online: queued while offline, delivered by the online event', async () => {
    outbox.start();
    await goOfflineFor(1500);
    const envelope = idea();
    const delivered = new Promise((resolve) => outbox.addEventListener('delivered', resolve, { once: true }));
    const outcome = await outbox.submit(envelope, collector.endpoint);
    expect(outcome.status).to.equal('queued');
    expect((await outbox.pending())[0]?.lastError).to.equal('network');
    await delivered;
    expect(navigator.onLine).to.be.true;
    await expectExactlyOnce(collector, [envelope.id]);
  });

  it('a 4xx marks it rejected: kept, visible, never retried nor dropped', async () => {
    await collector.fault({ mode: 'error', status: 403, count: 1 });
    const envelope = idea();
    const outcome = await outbox.submit(envelope, collector.endpoint);
    expect(outcome.status).to.equal('rejected');
    expect(outcome.httpStatus).to.equal(403);
    await outbox.flush();
    const [kept] = await outbox.pending();
    expect(kept?.state).to.equal('rejected');
    expect(kept?.lastStatus).to.equal(403);
    expect(await collector.records()).to.have.length(0);
  });

  it('the store failing mid-send (connection closed during the POST): queued, never stuck, delivered once later', async () => {
    await collector.fault({ mode: 'slow', delayMs: 800, count: 1 });
    const envelope = idea();
    const outcome = outbox.submit(envelope, collector.endpoint);
    await waitFor(async () => (await collector.postsSeen()) >= 1, 5000, 'the POST to reach the collector');
    LocalStore.close(dbName); // what a browser does when it evicts storage or another tab upgrades the schema
    expect((await outcome).status).to.equal('queued');
    await outbox.flush();
    expect(await outbox.pending()).to.have.length(0);
    await expectExactlyOnce(collector, [envelope.id]);
  });

  it('200 submissions queued while down are all delivered after recovery', async () => {
    await collector.down();
    const ids: string[] = [];
    for (let i = 0; i < 200; i++) {
      const envelope = idea(`Idée n° ${i}`);
      ids.push(envelope.id);
      expect((await outbox.submit(envelope, collector.endpoint)).status).to.equal('queued');
    }
    expect(await outbox.pending()).to.have.length(200);
    await collector.up();
    await outbox.flush();
    expect(await outbox.pending()).to.have.length(0);
    await expectExactlyOnce(collector, ids);
  });

  it('without an endpoint, saves to the local store, readable for export', async () => {
    const envelope = idea();
    const outcome = await outbox.save(envelope);
    expect(outcome).to.deep.equal({ status: 'saved', id: envelope.id, kept: true });
    const stored = await (await LocalStore.open(dbName)).listSubmissions('idea');
    expect(stored.map((s) => s.envelope)).to.deep.equal([envelope]);
  });
});

describe('outbox: across pages (iframes share the origin, its IndexedDB and its Web Locks)', () => {
  let collector: TestCollector;
  afterEach(async () => collector.stop());

  function frame(query: string): Promise<HTMLIFrameElement> {
    const iframe = document.createElement('iframe');
    iframe.src = `/test/fixtures/outbox-page.html?${query}`;
    document.body.append(iframe);
    return new Promise((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
  }
  const done = (iframe: HTMLIFrameElement, flag: string) => () => (iframe.contentWindow as unknown as Record<string, unknown>)?.[flag] === true;

  it('two tabs flushing at once send each item once', async () => {
    collector = await TestCollector.start();
    const dbName = freshDbName('tabs');
    const outbox = new Outbox(dbName, { timeoutMs: 2000 });
    await collector.down();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const envelope = idea(`Idée ${i}`);
      ids.push(envelope.id);
      await outbox.submit(envelope, collector.endpoint);
    }
    await collector.up();
    const [a, b] = await Promise.all([frame(`db=${dbName}&flush=1`), frame(`db=${dbName}&flush=1`)]);
    await waitFor(done(a, 'mspFlushed'), 15_000, 'tab A');
    await waitFor(done(b, 'mspFlushed'), 15_000, 'tab B');
    await expectExactlyOnce(collector, ids);
    // Not only deduplicated by the collector: the Web Locks kept the tabs from posting any item twice.
    expect(await collector.postsSeen()).to.equal(ids.length);
    a.remove();
    b.remove();
  });

  it('the page reloaded while a send is in flight: sent again on load, stored once', async () => {
    collector = await TestCollector.start();
    const dbName = freshDbName('reload');
    await collector.fault({ mode: 'slow', delayMs: 3000, count: 1 });
    const page = await frame(`db=${dbName}&submit=${encodeURIComponent(collector.endpoint)}`);
    await waitFor(async () => (await collector.postsSeen()) >= 1, 10_000, 'the first send to reach the collector');
    const reloaded = new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
    page.contentWindow!.location.href = `/test/fixtures/outbox-page.html?db=${dbName}&flush=1`;
    await reloaded;
    await waitFor(done(page, 'mspFlushed'), 15_000, 'the reloaded page to flush');
    const records = await collector.records();
    expect(records).to.have.length(1);
    expect(await new Outbox(dbName).pending()).to.have.length(0);
    page.remove();
  });
});
