// The collector as its own process (the CLI), killed with SIGKILL while 500 POSTs are in flight and
// retried with the same key, as the widgets' outbox does: every 201 is stored exactly once, on both
// engines. Also: the token is printed once, when it is made, and never in the service's output after.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, freshDatabase, startPostgres, type TestPostgres } from './postgres.js';
import { idea, pool, postUntilStored, signup, team, TOKEN } from './harness.js';

const root = resolve(import.meta.dirname, '../..');

interface Child {
  process: ChildProcess;
  output: () => string;
}

function spawnCollector(args: string[]): Child {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'collector/cli.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { process: child, output: () => output };
}

async function waitHealthy(url: string, child: Child, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.process.exitCode !== null) throw new Error(`collector exited: ${child.output()}`);
    try {
      if ((await fetch(`${url}/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`collector not healthy in time: ${child.output()}`);
}

function kill9(child: Child): Promise<void> {
  return new Promise((resolveKill) => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return resolveKill();
    child.process.once('exit', () => resolveKill());
    child.process.kill('SIGKILL');
  });
}

async function stop(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  const exited = new Promise((r) => child.process.once('exit', r));
  child.process.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  await kill9(child);
}

describe('collector process killed with SIGKILL under load', () => {
  let pg: TestPostgres;
  const dirs: string[] = [];
  before(async () => {
    pg = await startPostgres();
  });
  after(() => {
    pg?.destroy();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  for (const engine of ['PGlite', 'PostgreSQL'] as const) {
    test(`${engine}: 500 in-flight POSTs, kill -9, restart, retries with the same key: every 201 stored exactly once`, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'msp-crash-'));
      dirs.push(dataDir);
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const database = engine === 'PostgreSQL' ? ['--database', await freshDatabase(pg, `crash_${process.pid}`)] : [];
      const args = ['serve', '--port', String(port), '--data', dataDir, '--token', TOKEN, ...database];
      let child = spawnCollector(args);
      await waitHealthy(url, child);
      assert.equal(
        (
          await team(url, 'PUT', '/events/crash', {
            id: 'crash',
            title: 'Atelier',
            kind: 'atelier',
            start: '2027-03-04T14:00',
            end: '2027-03-04T16:00',
            place: { name: 'Salle' },
            objectives: ['Tester'],
            capacity: 40,
          })
        ).status,
        200,
      );
      const envelopes = Array.from({ length: 500 }, (_, i) => (i % 5 === 0 ? signup('crash', 1, `P${i}`) : idea(`Idée ${i}`)));
      let acknowledged = 0;
      const outputs: string[] = [];
      const killer = (async () => {
        while (acknowledged < 120) await new Promise((r) => setTimeout(r, 5));
        await kill9(child);
        outputs.push(child.output());
        await new Promise((r) => setTimeout(r, 300));
        child = spawnCollector(args);
        await waitHealthy(url, child);
      })();
      const results = await pool(envelopes, 50, async (envelope) => {
        const result = await postUntilStored(() => url, envelope, Date.now() + 240_000);
        acknowledged++;
        return result;
      });
      await killer;
      const read = await team(url, 'GET', '/submissions');
      outputs.push(child.output());
      await stop(child);
      const ids = read.body.submissions.map((s: { id: string }) => s.id);
      assert.equal(ids.length, 500, 'every acknowledged POST is there');
      assert.equal(new Set(ids).size, 500, 'none twice');
      assert.deepEqual(new Set(ids), new Set(envelopes.map((e) => e.id)));
      // Seats stayed a strict queue across the crash: 40 confirmed, the rest waiting, in order.
      const registrations = results.filter((_, i) => i % 5 === 0).map((r) => r.body.registration);
      assert.equal(registrations.filter((r) => r.status === 'confirmed').length, 40);
      const positions = registrations
        .filter((r) => r.status === 'waiting')
        .map((r) => r.position)
        .sort((a, b) => a - b);
      assert.deepEqual(
        positions,
        Array.from({ length: 60 }, (_, i) => i + 1),
      );
      for (const output of outputs) assert.ok(!output.includes(TOKEN), 'the configured token never appears in the service output');
    });
  }

  test('a token made at first start is printed once, never again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'msp-token-'));
    dirs.push(dataDir);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first = spawnCollector(['serve', '--port', String(port), '--data', dataDir]);
    await waitHealthy(url, first);
    await new Promise((r) => setTimeout(r, 200));
    const token = /gardé haché\) : (\S+)/.exec(first.output())?.[1];
    assert.ok(token, first.output());
    assert.equal((await team(url, 'GET', '/submissions', undefined, token)).status, 200);
    await stop(first);
    const second = spawnCollector(['serve', '--port', String(port), '--data', dataDir]);
    await waitHealthy(url, second);
    assert.equal((await team(url, 'GET', '/submissions', undefined, token)).status, 200, 'the same token still opens');
    await stop(second);
    assert.ok(!second.output().includes(token!), second.output());
  });
});
