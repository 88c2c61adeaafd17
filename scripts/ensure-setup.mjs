// Installs what `npm test` and `npm start` need when it is missing, so that a fresh clone needs
// nothing by hand: the npm dependencies, then Debian's Chromium (test tools cannot download browsers
// on these machines). Prints one line saying what to run when it cannot install something itself.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wantBrowser = !process.argv.includes('--no-browser');

function run(command) {
  console.log(`[setup] ${command}`);
  execSync(command, { stdio: 'inherit' });
}

if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/lit')) {
  run(existsSync('package-lock.json') ? 'npm ci' : 'npm install');
}

export function findChromium() {
  for (const candidate of [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

if (wantBrowser && !findChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium zip unzip');
  } else {
    console.error('[setup] Chromium is missing: run `sudo apt-get install chromium` (or set CHROME_PATH), then `npm test` again.');
    process.exit(1);
  }
}
