// The outbox against real servers that misbehave: a real collector behind a fault-injecting proxy
// (test/servers/fault-proxy.ts). Redirects and HTML pages are never deliveries; refusals are retried
// for a bounded time, then rejected without personal data; a CORS refusal is reported as unreachable;
// the page hears msp-submitted before anything else about a submission. Durations are shortened
// through the outbox's options; nothing here measures time.
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createEnvelope, type Envelope } from '../../src/core/envelope.js';
import type { MspDeliveredEvent, MspErrorEvent, MspSubmittedEvent } from '../../src/core/events.js';
import { Outbox, hasPersonalData, type OutboxEventDetail, type OutboxOptions, type OutboxProblemDetail } from '../../src/core/outbox.js';
import { SubmissionController } from '../../src/core/submission-controller.js';
import type { MspWidget, SubmissionTarget } from '../../src/core/widget-base.js';
import { TestCollector, freshDbName, waitFor } from '../helpers/collector.js';
import { FaultProxyHandle } from '../servers/fault-proxy-client.js';

const fast: OutboxOptions = { timeoutMs: 2000, retryBaseMs: 100, maxDelayMs: 200 };

const idea = (text = 'Un banc devant la maison de santé') =>
  createEnvelope('idea', { theme: 'accueil', themeLabel: 'Accueil', text }, { locale: 'fr', structure: 'MSP des Tilleuls' });

const signup = (seats = 1) =>
  createEnvelope(
    'event-signup',
    {
      eventId: 'atelier-equilibre',
      eventTitle: 'Atelier équilibre alimentaire',
      eventKind: 'atelier',
      eventStart: '2027-03-04T14:00:00+01:00',
      eventEnd: '2027-03-04T16:00:00+01:00',
      name: 'Camille',
      contact: { channel: 'phone', value: '06 12 34 56 78' },
      seats,
    },
    { locale: 'fr' },
  );

async function copiesOf(collector: TestCollector, id: string): Promise<Envelope[]> {
  return (await collector.records()).filter((record) => record.id === id);
}

function nextEvent<T>(target: EventTarget, type: string, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve((event as CustomEvent<T>).detail);
      },
      { once: true },
    );
  });
}

/** The smallest widget that submits: a host for the real SubmissionController, no form. */
class TestSender extends LitElement {
  target: SubmissionTarget = {
    kind: 'idea',
    endpoint: undefined,
    structure: 'MSP des Tilleuls',
    locale: 'fr',
    dbName: '',
    minSecondsToSubmit: 0,
    requestTimeoutMs: 2000,
  };
  readonly submission = new SubmissionController(this as unknown as MspWidget);
  /** What the page heard, in order. */
  readonly heard: string[] = [];
  get submissionTarget(): SubmissionTarget {
    return this.target;
  }
  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('msp-submitted', (e) => this.heard.push(`msp-submitted:${(e as MspSubmittedEvent).detail.status}`));
    this.addEventListener('msp-delivered', () => this.heard.push('msp-delivered'));
    this.addEventListener('msp-error', (e) => this.heard.push(`msp-error:${(e as MspErrorEvent).detail.reason}`));
  }
}
customElements.define('msp-test-sender', TestSender);

async function sender(endpoint: string, dbName: string): Promise<TestSender> {
  const el = document.createElement('msp-test-sender') as TestSender;
  el.target = { ...el.target, endpoint, dbName };
  document.body.append(el);
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  return el;
}

describe('outbox faults: a redirect or an HTML page is never a delivery', () => {
  let collector: TestCollector;
  let proxy: FaultProxyHandle;
  let outbox: Outbox;

  before(async () => {
    collector = await TestCollector.start();
    proxy = await FaultProxyHandle.start(collector.url);
  });
  after(async () => {
    await proxy.stop();
    await collector.stop();
  });
  beforeEach(() => {
    outbox = new Outbox(freshDbName('redirect'), fast);
  });
  afterEach(() => outbox.stop());

  for (const status of [301, 302, 303, 307, 308] as const) {
    it(`${status}: kept and retried, never delivered; delivered once the endpoint is fixed`, async () => {
      await proxy.plan({ mode: 'redirect', status });
      const problems: OutboxProblemDetail[] = [];
      outbox.addEventListener('problem', (e) => problems.push((e as CustomEvent<OutboxProblemDetail>).detail));
      const envelope = idea(`Redirigée ${status}`);
      const postsBefore = (await proxy.stats()).posts;

      const outcome = await outbox.submit(envelope, proxy.endpoint);
      expect(outcome.status).to.equal('queued');
      await outbox.flush();
      await outbox.flush();
      const [waiting] = await outbox.pending();
      expect(waiting?.state).to.equal('pending');
      expect(waiting?.lastError).to.equal('redirect');
      expect((await proxy.stats()).posts - postsBefore, 'three sends, each answered by a redirect').to.equal(3);
      expect(await copiesOf(collector, envelope.id), 'nothing reached the collector').to.have.length(0);
      expect(
        problems.map((p) => p.reason),
        'reported once',
      ).to.deep.equal(['redirect']);

      await proxy.plan({ mode: 'pass' });
      await outbox.flush();
      expect(await outbox.pending()).to.have.length(0);
      expect(await copiesOf(collector, envelope.id)).to.have.length(1);
    });
  }

  it('200 with an HTML page (a Wi-Fi portal): kept and retried; delivered once the endpoint answers JSON', async () => {
    await proxy.plan({ mode: 'html' });
    const problems: OutboxProblemDetail[] = [];
    outbox.addEventListener('problem', (e) => problems.push((e as CustomEvent<OutboxProblemDetail>).detail));
    const envelope = idea('Derrière un portail Wi-Fi');
    expect((await outbox.submit(envelope, proxy.endpoint)).status).to.equal('queued');
    await outbox.flush();
    const [waiting] = await outbox.pending();
    expect(waiting?.lastError).to.equal('invalid-response');
    expect(waiting?.lastStatus).to.equal(200);
    expect(problems.map((p) => p.reason)).to.deep.equal(['invalid-response']);
    expect(await copiesOf(collector, envelope.id)).to.have.length(0);

    await proxy.plan({ mode: 'pass' });
    await outbox.flush();
    expect(await outbox.pending()).to.have.length(0);
    expect(await copiesOf(collector, envelope.id)).to.have.length(1);
  });
});

describe('outbox faults: refusals retried for a bounded time, personal data not kept', () => {
  let collector: TestCollector;
  let proxy: FaultProxyHandle;
  let outbox: Outbox;
  const refusedFast: OutboxOptions = { ...fast, refusedRetryForMs: 1500, refusedRetryBaseMs: 200, refusedMaxDelayMs: 300 };

  before(async () => {
    collector = await TestCollector.start();
    proxy = await FaultProxyHandle.start(collector.url);
  });
  after(async () => {
    await proxy.stop();
    await collector.stop();
  });
  afterEach(() => outbox.stop());

  for (const status of [401, 403, 404]) {
    it(`${status}: retried on the slow schedule, then rejected for good with the contact erased`, async () => {
      await proxy.plan({ mode: 'status', status });
      outbox = new Outbox(freshDbName('refused'), refusedFast);
      outbox.start();
      const rejected = nextEvent<OutboxEventDetail>(outbox, 'rejected');
      const envelope = signup();
      const postsBefore = (await proxy.stats()).posts;
      const before = Date.now();

      const outcome = await outbox.submit(envelope, proxy.endpoint);
      expect(outcome.status).to.equal('rejected');
      expect(outcome.httpStatus).to.equal(status);
      expect(Date.parse(outcome.retryUntil!)).to.be.within(before + 1500, Date.now() + 1500);
      expect(outcome.personalDataErasedAt, 'the contact goes when the retries end').to.equal(outcome.retryUntil);
      const [refused] = await outbox.pending();
      expect(refused?.state).to.equal('rejected');
      expect(refused?.retryUntil).to.be.a('number');
      expect(hasPersonalData(refused!.envelope), 'kept while it may still be sent').to.be.true;

      const final = await rejected;
      expect(final.item.retryUntil).to.be.undefined;
      expect(final.item.personalDataErased).to.be.true;
      expect(final.item.envelope.payload).to.not.have.any.keys('name', 'contact');
      const [kept] = await outbox.pending();
      expect(kept?.state).to.equal('rejected');
      expect(kept?.lastStatus).to.equal(status);
      expect(hasPersonalData(kept!.envelope), 'no name nor contact left on the device').to.be.false;
      const posts = (await proxy.stats()).posts - postsBefore;
      expect(posts, 'the first send and at least two slow retries').to.be.at.least(3);

      await outbox.flush();
      expect((await proxy.stats()).posts - postsBefore, 'never sent again once rejected for good').to.equal(posts);
      expect(await copiesOf(collector, envelope.id)).to.have.length(0);
    });
  }

  it('403 fixed within the bound: delivered once, with its contact', async () => {
    await proxy.plan({ mode: 'status', status: 403 });
    outbox = new Outbox(freshDbName('refused'), { ...refusedFast, refusedRetryForMs: 60_000 });
    outbox.start();
    const envelope = signup(2);
    expect((await outbox.submit(envelope, proxy.endpoint)).status).to.equal('rejected');
    const delivered = nextEvent<OutboxEventDetail>(outbox, 'delivered');
    await proxy.plan({ mode: 'pass' });
    expect((await delivered).item.id).to.equal(envelope.id);
    const [stored] = await copiesOf(collector, envelope.id);
    expect(stored?.payload).to.deep.include({ name: 'Camille', seats: 2 });
    expect(await copiesOf(collector, envelope.id)).to.have.length(1);
    expect(await outbox.pending()).to.have.length(0);
  });

  it('another 4xx (422, an invalid signup) is final at once: contact erased now, the copy deleted after its keeping time', async () => {
    outbox = new Outbox(freshDbName('rejected'), { ...refusedFast, rejectedKeepMs: 300 });
    const envelope = signup(0); // 0 seats: the collector's schema refuses it
    const before = Date.now();
    const outcome = await outbox.submit(envelope, collector.endpoint);
    expect(outcome.status).to.equal('rejected');
    expect(outcome.httpStatus).to.equal(422);
    expect(outcome.retryUntil).to.be.undefined;
    expect(Date.parse(outcome.personalDataErasedAt!)).to.be.within(before, Date.now());
    expect(Date.parse(outcome.keptUntil!)).to.be.within(before + 300, Date.now() + 300);
    const [kept] = await outbox.pending();
    expect(hasPersonalData(kept!.envelope)).to.be.false;
    expect(kept?.envelope.payload).to.include({ eventId: 'atelier-equilibre' });

    await waitFor(() => Date.now() > Date.parse(outcome.keptUntil!), 2000, 'the keeping time to pass');
    await outbox.flush();
    expect(await outbox.pending(), 'deleted from the device').to.have.length(0);
  });
});

describe('outbox faults: honest failures and events in order', () => {
  let collector: TestCollector;
  let proxy: FaultProxyHandle | undefined;
  let outbox: Outbox;
  let senders: TestSender[] = [];

  afterEach(async () => {
    for (const el of senders) el.remove();
    senders = [];
    outbox.stop();
    await proxy?.stop();
    proxy = undefined;
    await collector.stop();
  });

  async function widget(endpoint: string, dbName: string): Promise<TestSender> {
    const el = await sender(endpoint, dbName);
    senders.push(el);
    return el;
  }

  it('a collector that refuses this origin (CORS): unreachable after a few tries, with a hint; the text stays kept', async () => {
    collector = await TestCollector.start({ origins: ['https://www.autre-site.example'] });
    const dbName = freshDbName('cors');
    outbox = Outbox.forDatabase(dbName, fast);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await widget(collector.endpoint, dbName);
      const error = nextEvent<MspErrorEvent['detail']>(el, 'msp-error');
      const outcome = await el.submission.submit({ theme: 'accueil', themeLabel: 'Accueil', text: 'Refusée par CORS' });
      expect(outcome).to.include({ status: 'queued', kept: true });
      const detail = await error;
      expect(navigator.onLine).to.be.true;
      expect(detail.reason).to.equal('unreachable');
      expect(detail.message).to.contain('--origin');
      expect(detail.message).to.contain(location.origin);
      expect(el.heard.slice(0, 2)).to.deep.equal(['msp-submitted:queued', 'msp-error:unreachable']);
      expect(
        warnings.some((w) => w.includes('CORS') && w.includes('--origin')),
        'a console hint naming the cause and the fix',
      ).to.be.true;
      const [kept] = await outbox.pending();
      expect(kept?.state).to.equal('pending');
      expect(kept?.onlineFailures).to.be.at.least(3);
      expect(el.submission.outcome?.status, 'the person is still told it is kept').to.equal('queued');
    } finally {
      console.warn = warn;
    }
  });

  it('a direct send: msp-submitted, then msp-delivered, never the other way round', async () => {
    collector = await TestCollector.start();
    const dbName = freshDbName('order');
    outbox = Outbox.forDatabase(dbName, fast);
    const el = await widget(collector.endpoint, dbName);
    const outcome = await el.submission.submit({ theme: 'accueil', themeLabel: 'Accueil', text: 'Envoyée tout de suite' });
    expect(outcome).to.include({ status: 'sent' });
    expect(el.heard).to.deep.equal(['msp-submitted:sent', 'msp-delivered']);
  });

  it('through a redirect then a fix: msp-submitted, msp-error redirect, then msp-delivered; only the sending widget hears it', async () => {
    collector = await TestCollector.start();
    proxy = await FaultProxyHandle.start(collector.url, { mode: 'redirect', status: 301 });
    const dbName = freshDbName('order');
    outbox = Outbox.forDatabase(dbName, fast);
    const first = await widget(proxy.endpoint, dbName);
    const second = await widget(proxy.endpoint, dbName);
    const outcome = await second.submission.submit({ theme: 'accueil', themeLabel: 'Accueil', text: 'Redirigée puis livrée' });
    if (outcome === 'too-fast') throw new Error('refused as too fast');
    expect(outcome.status).to.equal('queued');
    expect(second.heard).to.deep.equal(['msp-submitted:queued', 'msp-error:redirect']);

    const delivered = nextEvent<MspDeliveredEvent['detail']>(second, 'msp-delivered');
    await proxy.plan({ mode: 'pass' });
    await outbox.flush();
    expect((await delivered).id).to.equal(outcome.id);
    expect(second.heard).to.deep.equal(['msp-submitted:queued', 'msp-error:redirect', 'msp-delivered']);
    expect(second.submission.outcome?.status).to.equal('sent');
    expect(second.submission.deliveredLater).to.be.true;
    expect(first.heard, 'the other widget of the same kind heard nothing').to.deep.equal([]);
  });
});

describe('outbox: a few sends in flight, each item once', () => {
  it('60 queued items go out at most four at a time, each stored once', async () => {
    const collector = await TestCollector.start();
    const proxy = await FaultProxyHandle.start(collector.url, { mode: 'random', seed: 1, weights: { drop: 1 } });
    const outbox = new Outbox(freshDbName('parallel'), { ...fast, concurrency: 4 });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 60; i++) {
        const envelope = idea(`Idée en parallèle ${i}`);
        ids.push(envelope.id);
        expect((await outbox.submit(envelope, proxy.endpoint)).status).to.equal('queued');
      }
      // Every answer held back a little, so the sends overlap as they would on a slow network.
      await proxy.plan({ mode: 'random', seed: 2, weights: { slow: 1 }, slowMs: 100 });
      await outbox.flush();
      expect(await outbox.pending()).to.have.length(0);
      const records = await collector.records();
      expect(records).to.have.length(60);
      expect(new Set(records.map((r) => r.id))).to.deep.equal(new Set(ids));
      const { maxInFlight } = await proxy.stats();
      expect(maxInFlight, 'sends overlapped').to.be.at.least(2);
      expect(maxInFlight, 'never more than the bound').to.be.at.most(4);
    } finally {
      outbox.stop();
      await proxy.stop();
      await collector.stop();
    }
  });
});
