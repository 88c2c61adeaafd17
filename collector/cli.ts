// The reference collector as a command:
//   npm run collector -- --port 8787 --data ./donnees --origin https://www.msp-exemple.fr [--token …]
// Prints the read token (a new random one unless given or set in MSP_COLLECTOR_TOKEN).
import { parseArgs } from 'node:util';
import { Collector, CollectorServer } from './collector.js';

export async function startCollector(options: { port: number; host?: string; dataDir: string; origins: string[]; token?: string | undefined }) {
  const collector = new Collector({ dataDir: options.dataDir, allowedOrigins: options.origins, ...(options.token ? { readToken: options.token } : {}) });
  const server = new CollectorServer(collector, options.host ?? '127.0.0.1');
  await server.up(options.port);
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: '.collector-data' },
      origin: { type: 'string', multiple: true, default: [] },
      token: { type: 'string' },
    },
  });
  const server = await startCollector({
    port: Number(values.port),
    host: values.host,
    dataDir: values.data,
    origins: values.origin,
    token: values.token ?? process.env.MSP_COLLECTOR_TOKEN,
  });
  // Keep the process alive (the server is unref'd so tests can exit).
  setInterval(() => {}, 1 << 30);
  console.log(`Collecteur : ${server.url}/submissions (données dans ${values.data})`);
  console.log(`Jeton de lecture : ${server.collector.readToken}`);
}
