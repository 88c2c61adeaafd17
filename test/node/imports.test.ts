// The layering rules of ../shared/STYLE.md, checked on every import of the code: widgets import core,
// ui and contracts (never each other), contracts import core only, core and ui never reach up, and
// nothing under src/ imports the collector; the collector imports core and contracts, never a widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** Every relative import or re-export of a file, as paths from the repo's root. */
export function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]!);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => relative(root, resolve(dirname(file), s)));
}

/** The layer a repo path belongs to. */
export function layerOf(path: string): string {
  const widget = /^src\/widgets\/([^/]+)\//.exec(path);
  if (widget) return `widget:${widget[1]}`;
  for (const layer of ['src/core', 'src/ui', 'src/contracts', 'collector', 'test/helpers', 'test/servers', 'scripts', 'wordpress']) {
    if (path === layer || path.startsWith(`${layer}/`)) return layer;
  }
  return path.split('/')[0]!;
}

/** Why an import from `from` to `to` is forbidden, or undefined when it is allowed. */
export function forbidden(from: string, to: string): string | undefined {
  const a = layerOf(from);
  const b = layerOf(to);
  // Browser tests (*.test.ts) and Node tests (*.node-test.ts) may use the test helpers and servers.
  const isTest = /\.(node-)?test\.ts$/.test(from);
  if (a === b) return undefined;
  if (isTest && (b === 'test/helpers' || b === 'test/servers')) return undefined;
  if (a.startsWith('widget:')) {
    return ['src/core', 'src/ui', 'src/contracts'].includes(b) ? undefined : `a widget imports only core, ui and contracts (not ${b})`;
  }
  if (a === 'src/contracts') return b === 'src/core' ? undefined : `contracts import only core (not ${b})`;
  if (a === 'src/ui') return b === 'src/core' ? undefined : `ui imports only core (not ${b})`;
  if (a === 'src/core') return `core imports nothing above it (not ${b})`;
  if (a === 'collector') return ['src/core', 'src/contracts'].includes(b) ? undefined : `the collector imports only core and contracts (not ${b})`;
  if (a === 'src' || from.startsWith('src/')) return b === 'collector' ? 'nothing under src/ imports the collector' : undefined;
  return undefined;
}

test('the rules themselves: a widget importing a sibling, core importing a widget, src importing the collector are refused', () => {
  assert.match(forbidden('src/widgets/results/ideas.ts', 'src/widgets/idea-box/idea-box.schema.js') ?? '', /widget imports only/);
  assert.match(forbidden('src/core/outbox.ts', 'src/widgets/idea-box/x.js') ?? '', /core imports nothing/);
  assert.match(forbidden('src/widgets/event-signup/x.test.ts', 'collector/event-signup.js') ?? '', /widget imports only/);
  assert.match(forbidden('collector/kinds.ts', 'src/widgets/idea-box/idea-box.schema.js') ?? '', /collector imports only/);
  assert.match(forbidden('src/contracts/seats.ts', 'src/ui/form.js') ?? '', /contracts import only core/);
  assert.equal(forbidden('src/widgets/results/ideas.ts', 'src/contracts/idea.js'), undefined);
  assert.equal(forbidden('src/widgets/results/results.test.ts', 'test/helpers/collector.js'), undefined);
  assert.equal(forbidden('src/widgets/results/results-print.node-test.ts', 'test/helpers/chromium.js'), undefined);
  assert.match(forbidden('src/widgets/results/results-print.node-test.ts', 'scripts/x.js') ?? '', /widget imports only/);
  assert.equal(forbidden('collector/kinds.ts', 'src/contracts/payloads.js'), undefined);
});

test('no forbidden import anywhere in src/ and collector/', () => {
  const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'collector'))];
  const problems = files.flatMap((file) => {
    const from = relative(root, file);
    return importsOf(file).flatMap((to) => {
      const why = forbidden(from, to);
      return why ? [`${from} → ${to}: ${why}`] : [];
    });
  });
  assert.deepEqual(problems, []);
});
