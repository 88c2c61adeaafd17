// Packs the WordPress plugin: copies the built dist/ (without source maps) into
// wordpress/msp-widgets/dist/ and writes release/msp-widgets-wordpress.zip, the file a webmaster
// uploads in Extensions › Ajouter › Téléverser. Run through `npm run wordpress:zip` (which builds first).
// The zip is written with Node's own zlib (deflate + crc32): no `zip` binary needed.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const plugin = join(root, 'wordpress/msp-widgets');
const dist = join(root, 'dist');
const out = join(root, 'release/msp-widgets-wordpress.zip');

if (!existsSync(join(dist, 'envelope.schema.json'))) {
  console.error('[wordpress-zip] dist/ is missing or incomplete: run `npm run build` first (or `npm run wordpress:zip`).');
  process.exit(1);
}

rmSync(join(plugin, 'dist'), { recursive: true, force: true });
// The plugin loads ES modules only: no source maps, no classic-script bundle.
cpSync(dist, join(plugin, 'dist'), { recursive: true, filter: (source) => !source.endsWith('.map') && !source.endsWith('.iife.js') });

/** Every file under `dir`, sorted, as paths relative to `base`. */
function files(dir, base = dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (name.startsWith('.')) return [];
      return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
    });
}

// A fixed date (1 Jan 2026, 00:00) keeps the zip identical for identical files.
const dosTime = 0;
const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
const locals = [];
const centrals = [];
let offset = 0;
for (const file of files(plugin)) {
  const data = readFileSync(join(plugin, file));
  const name = Buffer.from(`msp-widgets/${file.split('\\').join('/')}`, 'utf8');
  const deflated = deflateRawSync(data, { level: 9 });
  const stored = deflated.length >= data.length;
  const body = stored ? data : deflated;
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6); // UTF-8 names
  local.writeUInt16LE(stored ? 0 : 8, 8);
  local.writeUInt16LE(dosTime, 10);
  local.writeUInt16LE(dosDate, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(0, 28);
  locals.push(local, name, body);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(0x0314, 4); // made by: Unix, zip 2.0
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(stored ? 0 : 8, 10);
  central.writeUInt16LE(dosTime, 12);
  central.writeUInt16LE(dosDate, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
  central.writeUInt32LE(offset, 42);
  centrals.push(central, name);
  offset += local.length + name.length + body.length;
}
const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(centrals.length / 2, 8);
end.writeUInt16LE(centrals.length / 2, 10);
end.writeUInt32LE(centralSize, 12);
end.writeUInt32LE(offset, 16);

mkdirSync(join(root, 'release'), { recursive: true });
const zip = Buffer.concat([...locals, ...centrals, end]);
writeFileSync(out, zip);
console.log(`[wordpress-zip] ${relative(root, out)}: ${centrals.length / 2} files, ${(zip.length / 1024).toFixed(1)} KB`);
