// Contract parity: the same envelope fixtures (valid and invalid, every kind) judged by
//  1. the widgets' own TypeScript schemas (envelopeSchema, then the kind's payload schema from
//     src/contracts/payloads.ts, the map the reference collector uses),
//  2. the reference collector's validateEnvelope (the schemas plus "a date that exists"),
//  3. the WordPress plugin's PHP validator (dist/envelope.schema.json + the rules JSON Schema cannot say).
// The three verdicts must agree with the fixture's (a fixture marked `rule` is one only the collector
// adds to the schemas), and an invalid fixture's expected path must be among the problems reported.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { checkConfig } from '../../src/core/config-problems.js';
import { envelopeSchema } from '../../src/core/envelope-schema.js';
import { payloadSchemas } from '../../src/contracts/payloads.js';
import { validateEnvelope } from '../../collector/collector.js';
import { ensurePluginZip, ensureWordPressTools, repoRoot } from './wordpress-server.js';

const fixturesDir = join(repoRoot, 'wordpress/tests/fixtures/envelopes');
const files = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

interface Fixture {
  valid: boolean;
  path?: string;
  rule?: string;
  envelope: unknown;
}
interface Verdict {
  ok: boolean;
  problems: Array<{ path: string }>;
}

/** The TypeScript verdict: the envelope schema, then the payload schema the collector picks for the kind. */
function typescriptVerdict(value: unknown): Verdict {
  const envelope = checkConfig(envelopeSchema, value, 'config');
  if (!envelope.ok) return { ok: false, problems: envelope.problems };
  const payloadSchema = payloadSchemas[envelope.value.kind];
  if (payloadSchema) {
    const payload = checkConfig(payloadSchema, envelope.value.payload, 'config', 'payload');
    if (!payload.ok) return { ok: false, problems: payload.problems };
  }
  return { ok: true, problems: [] };
}

describe('envelope contract parity: TypeScript schemas and the WordPress plugin', () => {
  let php: Record<string, Verdict>;

  before(() => {
    ensureWordPressTools();
    ensurePluginZip(); // builds dist/envelope.schema.json when missing
    const out = execFileSync(
      'php',
      [
        join(repoRoot, 'wordpress/tests/php/validate-envelopes.php'),
        join(repoRoot, 'dist/envelope.schema.json'),
        ...files.map((name) => join(fixturesDir, name)),
      ],
      {
        encoding: 'utf8',
      },
    );
    php = JSON.parse(out) as Record<string, Verdict>;
  });

  it('has fixtures for every kind, valid and invalid', () => {
    for (const kind of ['idea', 'survey', 'event-signup', 'self-check']) {
      assert.ok(
        files.some((name) => name.startsWith(kind)),
        `a valid ${kind} fixture`,
      );
      assert.ok(
        files.some((name) => name.startsWith(`invalid-${kind}`)),
        `an invalid ${kind} fixture`,
      );
    }
    assert.ok(files.length >= 40, `${files.length} fixtures`);
  });

  for (const name of files) {
    it(name, () => {
      const fixture = JSON.parse(readFileSync(join(fixturesDir, name), 'utf8')) as Fixture;
      const ts = typescriptVerdict(fixture.envelope);
      const collector = validateEnvelope(fixture.envelope);
      const verdict = php[name]!;
      assert.equal(ts.ok, fixture.rule ? true : fixture.valid, `TypeScript schemas say ${ts.ok ? 'valid' : `invalid (${JSON.stringify(ts.problems)})`}`);
      assert.equal(collector.ok, fixture.valid, `the collector says ${collector.ok ? 'valid' : `invalid (${JSON.stringify(collector)})`}`);
      assert.equal(verdict.ok, fixture.valid, `PHP says ${verdict.ok ? 'valid' : `invalid (${JSON.stringify(verdict.problems)})`}`);
      if (!fixture.valid && fixture.path) {
        if (!fixture.rule)
          assert.ok(
            ts.problems.some((problem) => problem.path === fixture.path),
            `TypeScript paths ${ts.problems.map((p) => p.path).join(', ')}`,
          );
        const collectorProblems = collector.ok ? [] : (collector.problems as Array<{ path: string }>);
        assert.ok(
          collectorProblems.some((problem) => problem.path === fixture.path),
          `collector paths ${collectorProblems.map((p) => p.path).join(', ')}`,
        );
        assert.ok(
          verdict.problems.some((problem) => problem.path === fixture.path),
          `PHP paths ${verdict.problems.map((p) => p.path).join(', ')}`,
        );
      }
    });
  }
});
