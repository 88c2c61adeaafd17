// A seeded random fault soak: over a thousand submissions through a proxy that fails at random per
// request (connection cut before or after the collector stored it, 500, 503, 429 with Retry-After, an
// answer slower than the timeout, a 302, a 200 HTML page), from this page, from a page reloaded at
// random moments, with a second tab flushing the same outbox — ending with each submission stored
// exactly once in the real collector. Delays are shortened through the outbox's options; the figures
// are printed, nothing is timed.
import { expect } from '@open-wc/testing';
import { createEnvelope } from '../../src/core/envelope.js';
import { Outbox, type OutboxOptions } from '../../src/core/outbox.js';
import { TestCollector, freshDbName, waitFor } from '../helpers/collector.js';
import { FaultProxyHandle } from '../servers/fault-proxy-client.js';
import { seededRandom } from '../servers/seeded-random.js';

const SEED = 16_2026;
const FROM_THIS_PAGE = 800;
const FROM_RELOADED_PAGE = 240;
const options: OutboxOptions = { timeoutMs: 1500, retryBaseMs: 50, maxDelayMs: 400, concurrency: 4 };

function frame(query: URLSearchParams): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.src = `/test/servers/outbox-soak-page.html?${query}`;
  document.body.append(iframe);
  return new Promise((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
}

describe('outbox soak: random faults, reloads and a second tab', () => {
  it(`${FROM_THIS_PAGE + FROM_RELOADED_PAGE} submissions, each stored exactly once (seed ${SEED})`, async function () {
    this.timeout(180_000);
    const collector = await TestCollector.start();
    const proxy = await FaultProxyHandle.start(collector.url, {
      mode: 'random',
      seed: SEED,
      weights: { pass: 64, drop: 5, 'drop-after': 5, 'error-500': 5, 'error-503': 5, throttle: 3, slow: 5, redirect: 5, html: 3 },
      slowMs: 2000,
      retryAfterSeconds: 1,
    });
    const dbName = freshDbName('soak');
    const outbox = new Outbox(dbName, options);
    const frames: HTMLIFrameElement[] = [];
    const random = seededRandom(SEED);
    try {
      outbox.start();
      const common = { db: dbName, options: JSON.stringify(options) };
      frames.push(await frame(new URLSearchParams({ ...common, role: 'tab' })));
      const submitter = await frame(new URLSearchParams({ ...common, role: 'submitter', endpoint: proxy.endpoint, count: String(FROM_RELOADED_PAGE) }));
      frames.push(submitter);

      // This page submits, eight at a time, while the other page is reloaded at random moments.
      const ids: string[] = [];
      let next = 0;
      const submitWorker = async () => {
        while (next < FROM_THIS_PAGE) {
          const envelope = createEnvelope('idea', { theme: 'accueil', themeLabel: 'Accueil', text: `Idée n° ${next++}` }, { locale: 'fr' });
          ids.push(envelope.id);
          const outcome = await outbox.submit(envelope, proxy.endpoint);
          expect(outcome.kept, 'kept before any send').to.be.true;
          expect(outcome.status).to.be.oneOf(['sent', 'queued']);
        }
      };
      const key = `soak:${dbName}`;
      const log = (): { started: string[]; confirmed: string[] } => JSON.parse(localStorage.getItem(key) ?? '{"started":[],"confirmed":[]}');
      const submitterDone = () => (submitter.contentWindow as unknown as { mspSoakDone?: boolean }).mspSoakDone === true;
      let reloads = 0;
      const reloader = async () => {
        while (!submitterDone() && reloads < 25) {
          await new Promise((resolve) => setTimeout(resolve, 150 + random() * 600));
          if (submitterDone()) break;
          const loaded = new Promise((resolve) => submitter.addEventListener('load', resolve, { once: true }));
          submitter.contentWindow!.location.reload();
          reloads++;
          await loaded;
        }
      };
      const start = performance.now();
      let thisPageDone = 0;
      await Promise.all([Promise.all(Array.from({ length: 8 }, submitWorker)).then(() => (thisPageDone = performance.now())), reloader()]);
      await waitFor(submitterDone, 60_000, 'the reloaded page to finish submitting');
      const submitted = performance.now();
      await waitFor(async () => (await outbox.pending()).length === 0, 90_000, 'the outbox to empty');
      const drained = performance.now();

      for (const iframe of frames.splice(0)) iframe.remove();
      const { started, confirmed } = log();
      const records = await collector.records();
      const copies = new Map<string, number>();
      for (const record of records) copies.set(record.id, (copies.get(record.id) ?? 0) + 1);
      const stats = await proxy.stats();
      const interrupted = started.filter((id) => !confirmed.includes(id));
      const lostBeforeKept = interrupted.filter((id) => !copies.has(id));
      console.log(
        `soak (seed ${SEED}): ${ids.length + started.length} submissions (${ids.length} from this page, ${started.length} from a page reloaded ${reloads} times, ` +
          `${interrupted.length} of them interrupted by a reload, ${lostBeforeKept.length} before being kept), a second tab flushing; ` +
          `${stats.posts} POSTs (${stats.forwarded} forwarded, the collector answering in ${(stats.upstreamMs / Math.max(1, stats.forwarded)).toFixed(0)} ms on average), faults: ${Object.entries(
            stats.faults,
          )
            .map(([kind, n]) => `${kind} ${n}`)
            .join(', ')}; ` +
          `${records.length} records, ${[...copies.values()].filter((n) => n === 1).length} stored exactly once, ${[...copies.values()].filter((n) => n > 1).length} twice or more; ` +
          `submitting ${((submitted - start) / 1000).toFixed(1)} s (this page's ${ids.length}: ${((thisPageDone - start) / 1000).toFixed(1)} s), emptying the outbox ${((drained - submitted) / 1000).toFixed(1)} s more`,
      );

      expect(ids.length + started.length).to.be.at.least(1000);
      expect(reloads, 'the page was reloaded mid-way').to.be.at.least(5);
      for (const kind of ['drop', 'drop-after', 'error-500', 'error-503', 'throttle', 'slow', 'redirect', 'html'] as const) {
        expect(stats.faults[kind], `${kind} faults`).to.be.at.least(10);
      }
      expect(
        [...copies.values()].every((n) => n === 1),
        'no submission stored twice',
      ).to.be.true;
      const known = new Set([...ids, ...started]);
      expect(
        records.every((record) => known.has(record.id)),
        'nothing stored that was not submitted',
      ).to.be.true;
      for (const id of [...ids, ...confirmed]) expect(copies.get(id), `copies of ${id}`).to.equal(1);
      // A reload can land between "started" and the item being written: then nothing was kept nor sent.
      expect(lostBeforeKept.length, 'lost only before being kept, at most one per submitter and reload').to.be.at.most(4 * reloads);
      expect(records.length).to.equal(ids.length + started.length - lostBeforeKept.length);
    } finally {
      for (const iframe of frames) iframe.remove();
      outbox.stop();
      localStorage.removeItem(`soak:${dbName}`);
      await proxy.stop();
      await collector.stop();
    }
  });
});
