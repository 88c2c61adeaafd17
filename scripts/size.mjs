// Prints what a page downloads: every dist file's raw and gzip size, each widget module with the
// chunks it imports statically, where the bytes come from (per package or source folder, read from
// the source maps), and the budgets of issue 16. `--enforce` exits 1 when a budget is exceeded;
// `--dist DIR` reads another build (MSP_OUT_DIR=DIR vite build); `--by-file NAME` also lists, for each
// chunk whose name starts with NAME, the bytes of each source file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const dist = option('--dist') ?? 'dist';
const byFile = option('--by-file');
const enforce = process.argv.includes('--enforce');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'types') walk(path); // declarations are for editors, never downloaded by a page
    } else if (!name.endsWith('.map')) files.push(path);
  }
})(dist);

const sizeOf = (path) => {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';

console.log('file'.padEnd(48) + 'raw'.padStart(10) + 'gzip'.padStart(10));
for (const file of files.sort()) {
  const { raw, gzip } = sizeOf(file);
  console.log(relative(dist, file).padEnd(48) + kb(raw) + kb(gzip));
}

// Static import closure of each ES entry (top-level dist/*.js, not the IIFE).
const importRe = /(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.[^"']+)["']/g;
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(importRe)) closure(join(dirname(file), match[1]), seen);
  return seen;
}
const totals = new Map();
console.log('\nwidget module + its static chunks'.padEnd(49) + 'raw'.padStart(10) + 'gzip'.padStart(10));
for (const entry of files.filter((f) => dirname(f) === dist && f.endsWith('.js') && !f.endsWith('.iife.js'))) {
  let raw = 0;
  let gzip = 0;
  for (const file of closure(entry)) {
    const size = sizeOf(file);
    raw += size.raw;
    gzip += size.gzip;
  }
  totals.set(relative(dist, entry), gzip);
  console.log(relative(dist, entry).padEnd(48) + kb(raw) + kb(gzip));
}

// Where the bytes come from: each generated character is attributed to the source its mapping
// names (base64 VLQ, source maps v3), grouped by npm package or by src/ folder. Gzip is shared out
// in proportion to raw bytes: an estimate, good enough to see what is heavy.
const VLQ = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VLQ[char];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
function bytesBySource(file) {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return new Map();
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lines = readFileSync(file, 'utf8').split('\n');
  const counts = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    const text = lines[lineIndex] ?? '';
    const segments = line ? line.split(',').map(decodeSegment) : [];
    let column = 0;
    const starts = segments.map((values) => {
      column += values[0];
      if (values.length > 1) source += values[1];
      return { column, source: values.length > 1 ? source : -1 };
    });
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1].column : text.length;
      if (start.source < 0) return;
      const name = map.sources[start.source] ?? '?';
      counts.set(name, (counts.get(name) ?? 0) + Math.max(0, end - start.column));
    });
  });
  return counts;
}
function groupOf(source) {
  if (byFile) return source.replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  const ours = /src\/(widgets\/[^/]+|[^/]+)/.exec(source);
  return ours ? `src/${ours[1]}` : source;
}
const shared = files.find((f) => /chunks\/msp-core-/.test(f));
// The shared chunk first, then every other chunk over 2 KB gzip (a widget's own code lives in its chunk).
const chunkFiles = files.filter((f) => /\.js$/.test(f) && !/iife/.test(f) && f !== shared && sizeOf(f).gzip > 2048);
const detailed = byFile ? files.filter((f) => /\.js$/.test(f) && relative(join(dist, 'chunks'), f).startsWith(byFile)) : [shared, ...chunkFiles];
for (const file of detailed.filter(Boolean)) {
  const counts = bytesBySource(file);
  const groups = new Map();
  let mapped = 0;
  for (const [source, bytes] of counts) {
    groups.set(groupOf(source), (groups.get(groupOf(source)) ?? 0) + bytes);
    mapped += bytes;
  }
  if (!mapped) continue;
  const { gzip } = sizeOf(file);
  console.log(`\n${relative(dist, file)} by origin (gzip estimated from raw share)`);
  for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, byFile ? 40 : 12)) {
    console.log('  ' + group.padEnd(46) + kb(bytes) + kb((bytes / mapped) * gzip));
  }
}

// What no widget's first download may carry: zod (config checks, feeds and envelopes load it on
// demand, widget-base.ts). Read from the source maps of each usager widget's static chunks.
const firstRenderFree = ['idea-box.js', 'satisfaction-survey.js', 'event-signup.js', 'continuum-check.js', 'msp-widgets-public.js'];
const carriers = [];
for (const name of firstRenderFree) {
  const entry = join(dist, name);
  if (!existsSync(entry)) continue;
  const heavy = [...closure(entry)].filter(
    (file) => existsSync(`${file}.map`) && JSON.parse(readFileSync(`${file}.map`, 'utf8')).sources.some((s) => /node_modules\/zod\//.test(s)),
  );
  if (heavy.length) carriers.push(`${name} (${heavy.map((f) => relative(dist, f)).join(', ')})`);
}
console.log(`\nzod in a widget's first download: ${carriers.length ? carriers.join('; ') : 'none'}`);

// Budgets (issue 16): each usager-facing widget with its static chunks, the shared chunk, and the
// public all-in-one (the four usager widgets, no results view) when it is built.
const budgets = [
  ...['idea-box.js', 'satisfaction-survey.js', 'event-signup.js', 'continuum-check.js'].map((name) => ({ name, limit: 28 * 1024, size: totals.get(name) })),
  { name: 'chunks/msp-core (shared)', limit: 20 * 1024, size: shared ? sizeOf(shared).gzip : undefined },
  { name: 'msp-widgets-public.js', limit: 60 * 1024, size: totals.get('msp-widgets-public.js') },
];
console.log('\nbudget (gzip)'.padEnd(49) + 'size'.padStart(10) + 'limit'.padStart(10) + '   bytes left');
let over = 0;
for (const { name, limit, size } of budgets) {
  if (size !== undefined && size > limit) over++;
  const verdict = size === undefined ? '  (not built)' : `${String(limit - size).padStart(9)}${size > limit ? '  OVER' : ''}`;
  console.log(name.padEnd(48) + (size === undefined ? '      —   ' : kb(size)) + kb(limit) + verdict);
}
if (over) console.log(`${over} budget(s) exceeded${enforce ? '' : ' (not enforced: run with --enforce)'}`);
if (enforce && (over || carriers.length)) process.exit(1);
