// `npm run bench`: prints figures (median of several runs), asserts nothing. Run on a quiet machine
// and compare figures between commits; timed tests would fail at random on a shared machine.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Collector, CollectorServer, validateEnvelope } from '../collector/collector.js';
import { createEnvelope } from '../src/core/envelope.js';
import { findPersonalData } from '../src/widgets/idea-box/personal-data.js';

/** Median duration in ms of `runs` calls of `work`. */
export async function median(runs: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function report(label: string, ms: number, extra = ''): void {
  console.log(`${label.padEnd(58)} ${ms.toFixed(2).padStart(9)} ms${extra ? `  ${extra}` : ''}`);
}

const sampleTexts = Array.from({ length: 1000 }, (_, i) =>
  i % 10 === 0
    ? `Rappelez-moi au 06 12 34 56 ${String(i % 100).padStart(2, '0')}, je suis diabétique`
    : `Idée n° ${i} : plus de chaises dans la salle d’attente et un affichage des retards à l’accueil, merci à toute l’équipe.`,
);

const ideas = Array.from({ length: 1000 }, (_, i) =>
  createEnvelope('idea', { theme: 'accueil', themeLabel: 'Accueil', text: sampleTexts[i]! }, { locale: 'fr', structure: 'MSP des Tilleuls' }),
);

console.log('msp-widgets benchmarks (median of runs)\n');

report('personal-data check, 1,000 ideas', await median(15, () => sampleTexts.forEach((text) => findPersonalData(text))));
report('envelope + payload validation, 1,000 ideas', await median(15, () => ideas.forEach((envelope) => validateEnvelope(envelope))));

// The collector over loopback: 300 sequential POSTs, each committed before its 201 (PGlite, the default).
const dataDir = mkdtempSync(join(tmpdir(), 'msp-bench-'));
const server = new CollectorServer(new Collector({ dataDir, log: () => {} }));
await server.up();
const posts = ideas.slice(0, 300);
const start = performance.now();
for (const envelope of posts) {
  const response = await fetch(`${server.url}/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id },
    body: JSON.stringify(envelope),
  });
  if (response.status !== 201) throw new Error(`collector answered ${response.status}`);
}
const elapsed = performance.now() - start;
report('collector: 300 POSTs stored (PGlite, committed each), sequential', elapsed, `${((posts.length / elapsed) * 1000).toFixed(0)} req/s`);
await server.down();
await server.collector.close();
rmSync(dataDir, { recursive: true, force: true });

// The collector on both engines: load, seats, the read API over 100,000 submissions.
const collectorBench = new URL('./bench-collector.ts', import.meta.url);
if (existsSync(collectorBench) && !process.argv.includes('--no-collector')) await import(collectorBench.href);

// The team's results view: aggregation over 10,000 stored survey responses.
const resultsBench = new URL('./bench-results.ts', import.meta.url);
if (existsSync(resultsBench)) {
  console.log('');
  await import(resultsBench.href);
}

// 1,000 queued submissions delivered to the reference collector once it answers (`--no-delivery` to
// leave it out; options in bench-delivery.ts).
const deliveryBench = new URL('./bench-delivery.ts', import.meta.url);
if (existsSync(deliveryBench) && !process.argv.includes('--no-delivery')) {
  console.log('');
  await import(deliveryBench.href);
}

// The widgets in headless Chromium: SurveyJS vs our survey, each widget's first render, heap after
// mount/unmount cycles (`--no-browser` to leave them out; options in bench-browser.ts).
const browserBench = new URL('./bench-browser.ts', import.meta.url);
if (existsSync(browserBench) && !process.argv.includes('--no-browser')) {
  console.log('');
  await import(browserBench.href);
}
