// The plugin's PHP unit tests (Debian's phpunit: the validator's own rules and the seat rule), and
// the seat rule compared with src/contracts/seats.ts on random queues (arrivals, groups, cancellations).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { allocateSeats } from '../../src/contracts/seats.js';
import type { Envelope } from '../../src/core/envelope.js';
import { ensurePluginZip, ensureWordPressTools, repoRoot } from './wordpress-server.js';

const phpDir = join(repoRoot, 'wordpress/tests/php');

describe('the plugin’s PHP, unit by unit', () => {
  before(() => {
    ensureWordPressTools();
    ensurePluginZip();
  });

  it('PHPUnit: validator and seat rule', () => {
    const run = spawnSync('phpunit', ['--configuration', join(phpDir, 'phpunit.xml')], {
      encoding: 'utf8',
      env: { ...process.env, MSP_ENVELOPE_SCHEMA: join(repoRoot, 'dist/envelope.schema.json') },
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const summary = /OK \((\d+) tests?, (\d+) assertions?\)/.exec(run.stdout);
    assert.ok(summary, run.stdout);
    assert.ok(Number(summary[1]) >= 13, `${summary[1]} PHPUnit tests`);
  });

  it('the PHP seat rule allocates exactly as src/contracts/seats.ts on 300 random queues', () => {
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const scenarios = Array.from({ length: 300 }, () => {
      const signups = Array.from({ length: random(12) }, (_, i) => ({ id: `s${i}`, seats: 1 + random(4) }));
      const cancelled = signups.filter(() => random(5) === 0).map((s) => s.id);
      return { capacity: random(4) === 0 ? null : 1 + random(10), signups, cancelled };
    });
    const run = spawnSync('php', [join(phpDir, 'seats-cli.php')], { input: JSON.stringify(scenarios), encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const php = JSON.parse(run.stdout) as unknown[];
    scenarios.forEach((scenario, index) => {
      const envelopes = scenario.signups.map(
        (signup) =>
          ({
            id: signup.id,
            kind: 'event-signup',
            schemaVersion: 1,
            createdAt: '2026-11-28T10:00:00Z',
            locale: 'fr',
            payload: {
              eventId: 'e',
              eventTitle: 'Atelier',
              eventKind: 'atelier',
              eventStart: '2027-01-12T14:00:00+01:00',
              eventEnd: '2027-01-12T16:00:00+01:00',
              name: 'Camille',
              contact: { channel: 'phone', value: '0612345678' },
              seats: signup.seats,
            },
          }) as Envelope,
      );
      const actions = scenario.cancelled.map((signupId) => ({ type: 'event-cancellation', data: { eventId: 'e', signupId } }));
      const ts = allocateSeats('e', envelopes, actions, scenario.capacity);
      assert.deepEqual(php[index], ts, `scenario ${index}: ${JSON.stringify(scenario)}`);
    });
  });
});
