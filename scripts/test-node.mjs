// Runs the Node-side tests (collector on PGlite and PostgreSQL, WordPress plugin, scripts) with Node's
// own test runner, and writes their totals to test-results-node.json for .ci/run's closing line.
// Test files: `test/node/**/*.test.ts`, `src/**/*.node-test.ts`, `collector/**/*.test.ts`, `wordpress/tests/**/*.test.ts`, `scripts/**/*.test.ts`.
// `node scripts/test-node.mjs collector` runs only the files whose path contains "collector".
import { spawn } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['test/node', 'collector', 'wordpress/tests', 'scripts'];
const filters = process.argv.slice(2);

function find(dir, pattern = /\.test\.(ts|mjs)$/) {
  let found = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return found;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(find(path, pattern));
    else if (pattern.test(name)) found.push(path);
  }
  return found;
}

// Under src/, only `*.node-test.ts` (a widget's test that needs Node, e.g. printing to PDF): its
// `*.test.ts` files are browser tests.
const files = [...roots.flatMap((root) => find(root)), ...find('src', /\.node-test\.ts$/)]
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();
const totals = { passed: 0, failed: 0, skipped: 0, files: files.length, filesInError: 0 };
if (files.length === 0) {
  writeFileSync('test-results-node.json', JSON.stringify(totals));
  console.log('[test-node] no Node test files');
  process.exit(0);
}

// Each run its own TAP file: two runs in one tree must not read each other's totals.
const tapFile = `.test-node-${process.pid}.tap`;
// One file at a time: several start real servers (PostgreSQL, MariaDB) and the machine has 2 cores.
const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter=tap',
    '--test-reporter-destination=stdout',
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
child.on('exit', async (code) => {
  const { readFileSync, rmSync } = await import('node:fs');
  let tap = '';
  try {
    tap = readFileSync(tapFile, 'utf8');
    rmSync(tapFile);
  } catch {}
  // TAP's closing comments: "# pass N", "# fail N", "# skipped N".
  const number = (label) => Number(/^# (\w+) (\d+)$/m.test(tap) ? (tap.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0) : 0);
  totals.passed = number('pass');
  totals.failed = number('fail') + number('cancelled');
  totals.skipped = number('skipped');
  if (code !== 0 && totals.failed === 0) totals.filesInError = 1;
  writeFileSync('test-results-node.json', JSON.stringify(totals));
  console.log(`[test-node] ${totals.passed} passed, ${totals.failed} failed (Node tests)`);
  process.exit(code ?? 1);
});
