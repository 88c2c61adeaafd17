// The one-shot import of the JSON-lines collector's folder: records keep their key and first
// answer, actions come along, an event's first-seen capacity becomes its definition, a torn line is
// reported and the record appended after it on the same line recovered; a second import adds nothing.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Collector, CollectorServer } from '../collector.js';
import { openPglite } from '../db.js';
import { migrate } from '../schema.js';
import { importJsonLines } from '../import-jsonl.js';
import { Store } from '../store.js';
import type { Envelope } from '../../src/core/envelope.js';
import { idea, post, signup, team, TOKEN } from './harness.js';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'msp-import-'));
  dirs.push(dir);
  return dir;
};

/** A line as the JSON-lines collector wrote it. */
const line = (envelope: Envelope, response: Record<string, unknown> = { id: envelope.id, stored: true }) =>
  JSON.stringify({ key: envelope.id, bodyHash: 'octets', status: 201, response, envelope, receivedAt: envelope.createdAt }) + '\n';

function oldFolder() {
  const dir = folder();
  const ideas = [idea('Une idée'), idea('Une autre idée')];
  const signups = [signup('atelier', 1, 'A', { capacity: 2 }), signup('atelier', 1, 'B', { capacity: 2 }), signup('atelier', 1, 'C', { capacity: 50 })];
  const late = idea('Reçue juste après la coupure');
  writeFileSync(join(dir, 'submissions.jsonl'), ideas.map((e) => line(e)).join(''));
  appendFileSync(join(dir, 'submissions.jsonl'), line(signups[0]!, { id: signups[0]!.id, stored: true, registration: { status: 'confirmed' } }));
  appendFileSync(join(dir, 'submissions.jsonl'), line(signups[1]!, { id: signups[1]!.id, stored: true, registration: { status: 'confirmed' } }));
  appendFileSync(join(dir, 'submissions.jsonl'), line(signups[2]!, { id: signups[2]!.id, stored: true, registration: { status: 'waiting', position: 1 } }));
  // A write torn by a power cut, then the next append on the same line (the old collector's bug).
  const torn = line(idea('Coupée')).slice(0, 60);
  appendFileSync(join(dir, 'submissions.jsonl'), torn + line(late));
  writeFileSync(
    join(dir, 'actions.jsonl'),
    JSON.stringify({ type: 'event-cancellation', at: '2027-01-01T10:00:00.000Z', data: { eventId: 'atelier', signupId: signups[0]!.id } }) + '\n',
  );
  return { dir, ideas, signups, late };
}

describe('import of a JSON-lines folder', () => {
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test('imports records, actions and first capacities; reports the torn line and recovers what followed it; twice adds nothing', async () => {
    const { dir, ideas, signups, late } = oldFolder();
    const db = await openPglite(join(folder(), 'pglite'));
    await migrate(db);
    const store = new Store(db);
    const structure = await store.saveStructure({ slug: 'default' });
    const summary = await importJsonLines(store, structure.id, dir);
    assert.equal(summary.submissions, 6);
    assert.equal(summary.actions, 1);
    assert.equal(summary.events, 1);
    assert.deepEqual(summary.torn, [{ file: 'submissions.jsonl', line: 6 }]);
    const keys = (await store.records(structure.id)).map((r) => r.key);
    assert.deepEqual(
      keys,
      [...ideas, ...signups, late].map((e) => e.id),
    );
    const seats = await store.seats(structure.id, 'atelier');
    assert.equal(seats.capacity, 2, 'the first-seen capacity, not a later one');
    assert.deepEqual(
      seats.confirmed.map((e) => e.id),
      [signups[1]!.id, signups[2]!.id],
      'A cancelled: C moved up',
    );
    const again = await importJsonLines(store, structure.id, dir);
    assert.equal(again.submissions, 0);
    assert.equal(again.alreadyThere, 6);
    assert.equal(again.actions, 0);
    assert.equal((await store.records(structure.id)).length, 6);
    await db.close();
  });

  test('a collector started on an old data folder imports it once; replays answer as before', async () => {
    const { dir, ideas, signups } = oldFolder();
    const collector = new Collector({ dataDir: dir, readToken: TOKEN, log: () => {} });
    const server = new CollectorServer(collector);
    await server.up();
    assert.equal((await collector.records()).length, 6);
    const replay = await post(server.url, ideas[0]!);
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    const events = await team(server.url, 'GET', '/submissions');
    assert.equal(events.body.events[0].capacity, 2);
    const waitingReplay = await post(server.url, signups[2]!);
    assert.deepEqual(waitingReplay.body.registration, { status: 'waiting', position: 1 }, 'the first answer, as given then');
    await server.down();
    await collector.close();
    const reopened = new Collector({ dataDir: dir, readToken: TOKEN, log: () => {} });
    assert.equal((await reopened.records()).length, 6, 'not imported twice');
    await reopened.close();
  });

  test('the admin command imports a folder and says which line was torn', () => {
    const { dir } = oldFolder();
    const data = folder();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'collector/cli.ts', 'import', dir, '--data', data], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /6 envoi\(s\) importé\(s\)/);
    assert.match(result.stdout, /submissions\.jsonl, ligne 6/);
  });
});
