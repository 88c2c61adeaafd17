// Starts the test WordPress and keeps it up until Ctrl-C (for looking at it by hand):
// node --import tsx wordpress/tests/serve.mts
import { writeFileSync } from 'node:fs';
import { WordPressSite } from './wordpress-server.js';
import { testPages } from './pages.js';

const site = await WordPressSite.start({ pages: testPages });
writeFileSync('/tmp/msp-wp-site.json', JSON.stringify({ url: site.url, docroot: site.docroot, users: site.users, pages: site.pages }));
console.log(`WordPress at ${site.url} (admin / ${site.users.admin.password}); pages:`, site.pages);
const stop = async () => {
  await site.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
