// Benchmark of the results view's summaries: 10,000 survey responses built in memory, each function
// timed over several runs, median printed. Run: node --import tsx scripts/bench-results.ts
// (no timed assertion in the tests: machines differ; this gives the figure for the closing note).
import { performance } from 'node:perf_hooks';
import { createEnvelope } from '../src/core/envelope.js';
import { surveyCsv, jsonExport } from '../src/widgets/results/exports.js';
import type { SurveyAnswer } from '../src/widgets/results/payloads.js';
import type { ResultItem } from '../src/widgets/results/sources.js';
import { campaignTable, satisfactionByCampaign, summariseSurveys } from '../src/widgets/results/survey-summary.js';
import { resultsFr } from '../src/widgets/results/translations/fr.js';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

/** A deterministic pseudo-random source (the same data on every run and machine). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const ratingQuestions = ['accueil', 'joignabilite', 'rendez-vous', 'delais', 'information', 'locaux', 'confidentialite', 'global'];
const needs = ['nutrition', 'sommeil', 'activite', 'diabete', 'tabac', 'stress', 'ecrans', 'autre'];

function buildResponses(count: number): ResultItem[] {
  const next = random(42);
  const campaigns = ['2026-T1', '2026-T2', '2026-T3', '2026-T4'];
  const items: ResultItem[] = [];
  for (let i = 0; i < count; i++) {
    const answers: SurveyAnswer[] = ratingQuestions
      .filter(() => next() > 0.05)
      .map((id) => ({ questionId: id, type: 'rating', section: 'accueil', label: `Question ${id}`, value: 1 + Math.floor(next() * 5) }));
    answers.push({ questionId: 'recommend', type: 'yesno', label: 'Recommanderiez-vous ?', value: next() > 0.3 });
    answers.push({
      questionId: 'frequence',
      type: 'single',
      label: 'À quelle fréquence venez-vous ?',
      value: `f${Math.floor(next() * 4)}`,
      valueLabels: ['Fréquence'],
    });
    const chosen = needs.filter(() => next() > 0.6);
    if (chosen.length)
      answers.push({
        questionId: 'needs',
        type: 'multiple',
        label: 'Quels thèmes vous intéressent ?',
        value: chosen,
        valueLabels: chosen,
        ...(chosen.includes('autre') ? { other: 'Yoga' } : {}),
      });
    if (next() > 0.7)
      answers.push({ questionId: 'comment', type: 'long-text', label: 'Une remarque ?', value: `Remarque numéro ${i}, avec un ; et des "guillemets"` });
    const payload = { campaign: campaigns[i % 4]!, surveyId: 'defaut', surveyTitle: 'Votre avis', kiosk: i % 2 === 0, answers };
    const envelope = createEnvelope('survey', payload, { locale: 'fr', now: new Date(Date.UTC(2026, i % 12, 1 + (i % 28))) });
    items.push({ id: envelope.id, kind: 'survey', envelope, receivedAt: envelope.createdAt, origin: 'stored' });
  }
  return items;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time(name: string, run: () => unknown): void {
  for (let i = 0; i < 3; i++) run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  console.log(
    `${name.padEnd(46)} median ${median(samples).toFixed(1).padStart(7)} ms   min ${Math.min(...samples)
      .toFixed(1)
      .padStart(7)} ms   max ${Math.max(...samples)
      .toFixed(1)
      .padStart(7)} ms`,
  );
}

const built = performance.now();
const items = buildResponses(RESPONSES);
console.log(
  `${items.length} survey responses built in ${(performance.now() - built).toFixed(0)} ms; ${RUNS} runs each after 3 warm-ups (Node ${process.version})`,
);
const now = new Date('2026-11-23T10:00:00Z');
const summary = summariseSurveys(items, '2026-T4');

time('summariseSurveys (all campaigns)', () => summariseSurveys(items));
time('summariseSurveys (one campaign)', () => summariseSurveys(items, '2026-T4'));
time('campaignTable', () => campaignTable(items));
time('satisfactionByCampaign', () => satisfactionByCampaign(items));
time('what the survey panel computes (table, trend, summary)', () => {
  campaignTable(items);
  satisfactionByCampaign(items);
  summariseSurveys(items, '2026-T4');
});
time('surveyCsv (summary of one campaign)', () => surveyCsv(summary, '2026-T4', resultsFr.exportText, now));
time('jsonExport (2,500 responses + summary)', () =>
  jsonExport(
    'survey',
    items.filter((i) => (i.envelope.payload as { campaign: string }).campaign === '2026-T4'),
    { includePersonal: false, summary, now },
  ),
);
