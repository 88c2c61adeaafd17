// Prints every dist file's raw and gzip size, then each widget module's total with the chunks it
// imports statically (what a page that loads only that widget downloads).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!name.endsWith('.map')) files.push(path);
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
console.log('\nwidget module + its static chunks'.padEnd(49) + 'raw'.padStart(10) + 'gzip'.padStart(10));
for (const entry of files.filter((f) => dirname(f) === dist && f.endsWith('.js') && !f.endsWith('.iife.js'))) {
  let raw = 0;
  let gzip = 0;
  for (const file of closure(entry)) {
    const size = sizeOf(file);
    raw += size.raw;
    gzip += size.gzip;
  }
  console.log(relative(dist, entry).padEnd(48) + kb(raw) + kb(gzip));
}
