// The federation's admin command: add, list, set, rotate-token; a token is shown once and only its
// hash is stored. Then a federation collector serves the structures under /s/<slug>/.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Collector, CollectorServer } from '../collector.js';
import { idea, post, team } from './harness.js';

const root = resolve(import.meta.dirname, '../..');
const data = mkdtempSync(join(tmpdir(), 'msp-admin-'));
after(() => rmSync(data, { recursive: true, force: true }));

const admin = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'collector/cli.ts', 'structure', ...args, '--data', data], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout + result.stderr };
};

test('structure add | list | set | rotate-token, then served under /s/<slug>/', async () => {
  const added = admin('add', 'msp-tilleuls', '--name', 'MSP des Tilleuls', '--origin', 'https://www.msp-tilleuls.fr', '--contacts-months', '6');
  assert.equal(added.code, 0, added.out);
  const token = /gardé haché\) : (\S+)/.exec(added.out)?.[1];
  assert.ok(token);
  assert.equal(admin('add', 'msp-tilleuls').code, 1, 'twice: refused');
  assert.equal(admin('add', 'Pas Un Slug').code, 1);
  const listed = admin('list');
  assert.match(listed.out, /msp-tilleuls\tMSP des Tilleuls\torigines: https:\/\/www\.msp-tilleuls\.fr\tjetons actifs: 1/);
  assert.match(listed.out, /contacts 6 mois, le reste 36 mois/);
  assert.ok(!listed.out.includes(token!), 'a token is never listed');
  assert.equal(admin('set', 'msp-tilleuls', '--submissions-months', '24').code, 0);
  const rotated = admin('rotate-token', 'msp-tilleuls');
  const newToken = /ne valent plus rien\) : (\S+)/.exec(rotated.out)?.[1];
  assert.ok(newToken && newToken !== token);

  const collector = new Collector({ dataDir: data, single: false, log: () => {} });
  const server = new CollectorServer(collector);
  await server.up();
  const base = `${server.url}/s/msp-tilleuls`;
  assert.equal((await post(base, idea(), { Origin: 'https://www.msp-tilleuls.fr' })).status, 201);
  assert.equal((await team(base, 'GET', '/submissions', undefined, token)).status, 401, 'the rotated-out token');
  const read = await team(base, 'GET', '/submissions', undefined, newToken);
  assert.equal(read.status, 200);
  assert.equal(read.body.submissions.length, 1);
  const structure = (await (await collector.storage()).structure('msp-tilleuls'))!;
  assert.equal(structure.submissionsMonths, 24);
  assert.equal(structure.contactsMonths, 6);
  await server.down();
  await collector.close();
});
