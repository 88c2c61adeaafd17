// Delivery in parallel (issue 16): the sends stay bounded, the in-lock reads and the deletes of items
// whose turns come close together share one IndexedDB transaction (group commit), and nothing of the
// contract moves: an item is deleted only after its 2xx, its Web Lock is held until its own delete has
// committed, a delete that fails leaves the item to be sent again once, with the same key.
import { expect } from '@open-wc/testing';
import { createEnvelope } from '../../src/core/envelope.js';
import { Outbox, Slots } from '../../src/core/outbox.js';
import { GroupCommit } from '../../src/core/group-commit.js';
import { LocalStore, type OutboxItem } from '../../src/core/storage.js';
import { TestCollector, freshDbName, waitFor } from '../helpers/collector.js';
import { FaultProxyHandle } from '../servers/fault-proxy-client.js';

const idea = (text: string) => createEnvelope('idea', { theme: 'accueil', themeLabel: 'Accueil', text }, { locale: 'fr' });

/** `count` ideas submitted while the collector is down (each kept as queued), then the collector back: their ids. */
async function queuedWhileDown(outbox: Outbox, collector: TestCollector, count: number, text: string): Promise<string[]> {
  await collector.down();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const envelope = idea(`${text} ${i}`);
    ids.push(envelope.id);
    expect((await outbox.submit(envelope, collector.endpoint)).status).to.equal('queued');
  }
  await collector.up();
  return ids;
}

/** A promise with its resolve and reject at hand. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** As the outbox's store groups: what is asked in the same task. */
const sameTask = { maxGroup: 100, gather: () => Promise.resolve() };

describe('outbox group commit: the rule alone', () => {
  it('what is asked while a group runs goes together into the next one; each caller settles with its own group', async () => {
    const groups: string[][] = [];
    const runs: Array<ReturnType<typeof deferred<void>>> = [];
    const commit = new GroupCommit<string, string>(async (inputs) => {
      groups.push(inputs);
      const run = deferred();
      runs.push(run);
      await run.promise;
      return inputs.map((input) => input.toUpperCase());
    }, sameTask);
    const a = commit.add('a');
    const b = commit.add('b'); // same task: joins the first group
    await waitFor(() => runs.length === 1, 1000, 'the first group');
    const c = commit.add('c');
    const d = commit.add('d');
    let cSettled = false;
    void c.then(() => (cSettled = true));
    runs[0]!.resolve();
    expect(await Promise.all([a, b])).to.deep.equal(['A', 'B']);
    await waitFor(() => runs.length === 2, 1000, 'the second group');
    expect(cSettled, 'c waits for its own group, not the one before').to.be.false;
    runs[1]!.resolve();
    expect(await Promise.all([c, d])).to.deep.equal(['C', 'D']);
    expect(groups).to.deep.equal([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('a group that fails rejects each of its callers, and only them; the next group runs', async () => {
    let fail = true;
    const gate = deferred();
    const commit = new GroupCommit<number, number>(async (inputs) => {
      await gate.promise;
      if (fail) {
        fail = false;
        throw new Error('transaction aborted');
      }
      return inputs;
    }, sameTask);
    const first = [commit.add(1), commit.add(2)].map((p) => p.then(String, (error: Error) => error.message));
    await Promise.resolve();
    const later = commit.add(3);
    gate.resolve();
    expect(await Promise.all(first)).to.deep.equal(['transaction aborted', 'transaction aborted']);
    expect(await later).to.equal(3);
  });

  it('send slots: never more than the bound at once, first come first served', async () => {
    let bound = 2;
    const slots = new Slots(() => bound);
    const order: number[] = [];
    let running = 0;
    let most = 0;
    const gates = Array.from({ length: 6 }, () => deferred());
    const tasks = gates.map((gate, i) =>
      slots.run(async () => {
        order.push(i);
        most = Math.max(most, ++running);
        await gate.promise;
        running--;
      }),
    );
    await waitFor(() => order.length === 2, 1000, 'two tasks');
    expect(slots.running).to.equal(2);
    gates[1]!.resolve();
    await waitFor(() => order.length === 3, 1000, 'the third task');
    bound = 3; // the outbox reconfigured: one more may start at the next release
    gates[0]!.resolve();
    await waitFor(() => order.length === 5, 1000, 'two more tasks');
    for (const gate of gates) gate.resolve();
    await Promise.all(tasks);
    expect(order).to.deep.equal([0, 1, 2, 3, 4, 5]);
    expect(most).to.be.at.most(3);
  });
});

describe('outbox group commit: against a real collector and IndexedDB', () => {
  it('reads and deletes of many items in one transaction; an id already gone reads as undefined', async () => {
    const dbName = freshDbName('group-store');
    const store = await LocalStore.open(dbName);
    const items = Array.from({ length: 5 }, (_, i) => idea(`Idée ${i}`)).map((envelope) => ({
      id: envelope.id,
      kind: envelope.kind,
      endpoint: 'https://collecte.example/submissions',
      envelope,
      state: 'pending' as const,
      attempts: 0,
      nextAttemptAt: 0,
      notBefore: 0,
      queuedAt: new Date().toISOString(),
    }));
    for (const item of items) await store.putOutboxItem(item);
    const ids = items.map((item) => item.id);
    const read = await Promise.all([...ids, 'absent'].map((id) => store.getOutboxItemGrouped(id)));
    expect(read.map((item) => item?.id)).to.deep.equal([...ids, undefined]);
    await Promise.all(ids.slice(0, 3).map((id) => store.deleteOutboxItemGrouped(id)));
    expect((await store.listOutbox()).map((item) => item.id).sort()).to.deep.equal(ids.slice(3).sort());

    // Reads and deletes asked in one task: one transaction, in the order asked (a read before the
    // delete of the same item still finds it; a read after it does not).
    const opened: string[] = [];
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      opened.push(String(args[1] ?? 'readonly'));
      return transaction.apply(this, args);
    };
    let mixed: Array<OutboxItem | undefined | void>;
    try {
      const [fourth, fifth] = [ids[3]!, ids[4]!];
      mixed = await Promise.all([
        store.getOutboxItemGrouped(fourth),
        store.deleteOutboxItemGrouped(fourth),
        store.getOutboxItemGrouped(fourth),
        store.getOutboxItemGrouped(fifth),
      ]);
    } finally {
      IDBDatabase.prototype.transaction = transaction;
    }
    expect(opened, 'one readwrite transaction for the four').to.deep.equal(['readwrite']);
    expect(mixed.map((item) => item?.id)).to.deep.equal([ids[3], undefined, undefined, ids[4]]);
    expect((await store.listOutbox()).map((item) => item.id)).to.deep.equal([ids[4]]);
    LocalStore.close(dbName);
  });

  it('a group of deliveries whose delete fails (the store closed under it): the items stay, then each is sent once more and stored once', async () => {
    const collector = await TestCollector.start();
    const dbName = freshDbName('group-delete-fails');
    const outbox = new Outbox(dbName, { timeoutMs: 10_000, concurrency: 6 });
    const delivered: string[] = [];
    outbox.addEventListener('delivered', (event) => delivered.push((event as CustomEvent<{ item: { id: string } }>).detail.item.id));
    try {
      const ids = await queuedWhileDown(outbox, collector, 6, 'Idée groupée');
      // All six are stored by the collector, then their answers held back: all six sends are out when the store goes.
      await collector.fault({ mode: 'slow', delayMs: 1500, count: 6 });
      const pass = outbox.flush();
      await waitFor(async () => (await collector.postsSeen()) >= 6, 10_000, 'the six sends to reach the collector');
      LocalStore.close(dbName); // what a browser does when it evicts storage or another tab upgrades the schema
      await pass;
      expect(delivered, 'nothing told delivered before its delete committed').to.deep.equal([]);
      expect((await outbox.pending()).map((item) => item.id).sort(), 'the items stay').to.deep.equal([...ids].sort());

      await outbox.flush();
      expect(await outbox.pending()).to.have.length(0);
      expect([...delivered].sort()).to.deep.equal([...ids].sort());
      expect(await collector.postsSeen(), 'each sent exactly once more, with its key (the collector replays)').to.equal(12);
      const records = await collector.records();
      expect(records.map((record) => record.id).sort()).to.deep.equal([...ids].sort());
    } finally {
      outbox.stop();
      await collector.stop();
    }
  });

  it('direct submits share the bound with flushes: twelve at once, never more than two requests out', async () => {
    const collector = await TestCollector.start();
    const proxy = await FaultProxyHandle.start(collector.url, { mode: 'random', seed: 3, weights: { slow: 1 }, slowMs: 150 });
    const outbox = new Outbox(freshDbName('group-bound'), { timeoutMs: 10_000, concurrency: 2 });
    try {
      const envelopes = Array.from({ length: 12 }, (_, i) => idea(`Idée envoyée tout de suite ${i}`));
      const outcomes = await Promise.all(envelopes.map((envelope) => outbox.submit(envelope, proxy.endpoint)));
      expect(outcomes.map((outcome) => outcome.status)).to.deep.equal(envelopes.map(() => 'sent'));
      const { maxInFlight } = await proxy.stats();
      expect(maxInFlight, 'sends overlapped').to.equal(2);
      expect(await outbox.pending()).to.have.length(0);
      expect((await collector.records()).length).to.equal(12);
    } finally {
      outbox.stop();
      await proxy.stop();
      await collector.stop();
    }
  });
});

describe('outbox group commit: three pages flushing one outbox (iframes share IndexedDB and Web Locks)', () => {
  it('60 items, this page six sends in flight and the others four: each posted once, stored once', async () => {
    const collector = await TestCollector.start();
    const dbName = freshDbName('group-tabs');
    const outbox = new Outbox(dbName, { timeoutMs: 10_000, concurrency: 6 });
    const frames: HTMLIFrameElement[] = [];
    try {
      const ids = await queuedWhileDown(outbox, collector, 60, 'Idée à trois pages');
      const frame = () => {
        const iframe = document.createElement('iframe');
        iframe.src = `/test/fixtures/outbox-page.html?db=${dbName}&flush=1`;
        document.body.append(iframe);
        frames.push(iframe);
        return new Promise<HTMLIFrameElement>((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
      };
      const [a, b] = await Promise.all([frame(), frame(), outbox.flush()]);
      const flushed = (iframe: HTMLIFrameElement) => () => (iframe.contentWindow as unknown as { mspFlushed?: boolean })?.mspFlushed === true;
      await waitFor(flushed(a!), 30_000, 'page A');
      await waitFor(flushed(b!), 30_000, 'page B');
      expect(await outbox.pending()).to.have.length(0);
      // Not only deduplicated by the collector: the Web Locks kept the pages from posting any item twice.
      expect(await collector.postsSeen()).to.equal(60);
      const records = await collector.records();
      expect(records.map((record) => record.id).sort()).to.deep.equal([...ids].sort());
    } finally {
      for (const iframe of frames) iframe.remove();
      outbox.stop();
      await collector.stop();
    }
  });
});
