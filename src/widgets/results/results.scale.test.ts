// Results at scale (issue 16): the figures computed in slices equal those computed at once, on every
// response; the open answers capped ("20 sur 5 000", "Voir plus"); the status while computing. No
// timed assertion: the times are printed by scripts/bench-results.ts.
import { expect } from '@open-wc/testing';
import { createEnvelope } from '../../core/envelope.js';
import { freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { eachInSlices } from './chunks.js';
import { SurveySummaryController } from './controllers/summary.controller.js';
import type { SurveyAnswer } from './payloads.js';
import { ResultsData } from './results-data.js';
import type { ResultsContext } from './results.state.js';
import { $, $$, loaded, renderResults, status, seedMany } from './results.helpers.test.js';
import { FIRST_SHOWN, MORE_STEP, ShownCounts } from './shown-count.js';
import { fromRemoteAnswer, readRemoteResponse, RemoteFormatError, RemoteUnavailableError, type ResultItem } from './sources.js';
import { SubmissionsSplitter } from './submissions-stream.js';
import { campaignTable, satisfactionByCampaign, summariseSurveys } from './survey-summary.js';
import { resultsFr } from './translations/fr.js';

const RESPONSES = 5_000;
const n = (count: number) => count.toLocaleString('fr-FR');

/**
 * `count` survey responses of campaign 2026-T4 (every 10th, 9, 19…, of 2026-T3): response i rates the
 * welcome 1 + i % 5 and leaves the remark "Remarque n° i".
 */
function responses(count: number): ResultItem[] {
  return Array.from({ length: count }, (_, i) => {
    const answers: SurveyAnswer[] = [
      { questionId: 'accueil', type: 'rating', section: 'accueil', label: 'Comment jugez-vous l’accueil ?', value: 1 + (i % 5) },
      { questionId: 'comment', type: 'long-text', label: 'Une remarque ?', value: `Remarque n° ${i}` },
    ];
    const payload = { campaign: i % 10 === 9 ? '2026-T3' : '2026-T4', surveyId: 'defaut', surveyTitle: 'Votre avis', kiosk: false, answers };
    const envelope = createEnvelope('survey', payload, { locale: 'fr', now: new Date(Date.UTC(2026, 10, 1 + (i % 28))) });
    return { id: envelope.id, kind: 'survey', envelope, receivedAt: envelope.createdAt, origin: 'stored' };
  });
}

/** A response whose body arrives in these chunks, then ends (or fails with `fault`: the connection dropped). */
function streamed(chunks: string[], fault?: Error): Response {
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < chunks.length) controller.enqueue(encoder.encode(chunks[next++]));
      else if (fault) controller.error(fault);
      else controller.close();
    },
  });
  return new Response(body);
}

/** A submission as the collector sends it: the envelope and its receivedAt, as JSON text. */
const sent = (item: ResultItem) => JSON.stringify({ ...item.envelope, receivedAt: item.receivedAt });

describe('results at scale: a streamed answer that fails midway', () => {
  // Every submission a slice of its own: the items read so far are handed on before the next one is read.
  const slicing = { sliceMs: 0, yieldFn: async () => {} };

  it('the connection dropped after two chunks: what came was handed on, then the read is unavailable', async () => {
    const items = responses(3);
    const response = streamed([`{"submissions":[${sent(items[0]!)},${sent(items[1]!)}`, `,${sent(items[2]!)}`], new TypeError('network error'));
    const handed: ResultItem[] = [];
    let error: unknown;
    await readRemoteResponse(response, { ...slicing, onItems: (batch) => handed.push(...batch) }).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(RemoteUnavailableError);
    expect(handed.length, 'the first chunk’s submissions at least').to.be.at.least(2);
    expect(handed.map((item) => item.id)).to.deep.equal(items.slice(0, handed.length).map((item) => item.id));
    expect(handed.map((item) => item.envelope)).to.deep.equal(items.slice(0, handed.length).map((item) => item.envelope));
  });

  it('a submission cut off at the end of the answer: the valid ones were handed on, then a format error', async () => {
    const items = responses(2);
    const response = streamed([`{"submissions":[${sent(items[0]!)},`, `${sent(items[1]!)},{bad`]);
    const handed: ResultItem[] = [];
    let error: unknown;
    await readRemoteResponse(response, { ...slicing, onItems: (batch) => handed.push(...batch) }).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(RemoteFormatError);
    expect(handed.map((item) => item.id)).to.deep.equal(items.map((item) => item.id));
    expect(handed.every((item) => item.origin === 'remote')).to.equal(true);
  });
});

describe('results at scale: slices', () => {
  it('visits every item once, in order, yielding when a slice has worked its time, and stops when aborted', async () => {
    let clock = 0;
    let yields = 0;
    const seen: number[] = [];
    const items = Array.from({ length: 1000 }, (_, i) => i);
    // Each item "costs" 1 ms on this clock: the clock is read every 64 items, so a slice of 10 ms is 64 items.
    const slices = await eachInSlices(items, (item) => (seen.push(item), clock++), { sliceMs: 10, now: () => clock, yieldFn: async () => void yields++ });
    expect(seen).to.deep.equal(items);
    expect(yields).to.equal(Math.ceil(1000 / 64) - 1);
    expect(slices).to.equal(yields + 1);

    const abort = new AbortController();
    const visited: number[] = [];
    const run = eachInSlices(items, (item) => visited.push(item), { sliceMs: 0, signal: abort.signal, yieldFn: async () => abort.abort() });
    let error: unknown;
    await run.catch((e: unknown) => (error = e));
    expect((error as DOMException).name).to.equal('AbortError');
    expect(visited, 'stopped after the first slice').to.have.length(64);
  });

  it('gives the same figures in slices as at once, computed on every response', async () => {
    const items = responses(1_000);
    const data = new ResultsData(items);
    expect(data.surveysReady(undefined)).to.equal(false);
    let yields = 0;
    await data.prepareSurveys(undefined, { sliceMs: 0, yieldFn: async () => void yields++ });
    expect(yields, 'many slices').to.be.greaterThan(10);
    expect(data.surveysReady(undefined)).to.equal(true);
    expect(data.campaigns).to.deep.equal(campaignTable(items));
    expect(data.trend).to.deep.equal(satisfactionByCampaign(items));
    expect(data.surveySummary('2026-T4')).to.deep.equal(summariseSurveys(items, '2026-T4'));
    expect(data.surveySummary('2026-T4').responses).to.equal(900);
    expect(data.surveySummary('2026-T4').questions.find((q) => q.questionId === 'comment')!.texts).to.have.length(900);
    // Another campaign: its summary only is computed.
    expect(data.surveysReady('2026-T3')).to.equal(false);
    await data.prepareSurveys('2026-T3', { sliceMs: 0, yieldFn: async () => {} });
    expect(data.surveySummary('2026-T3')).to.deep.equal(summariseSurveys(items, '2026-T3'));
  });

  it('says "Calcul en cours…" while computing, then the outcome after what was said before', async () => {
    let said = '1 000 contributions chargées.';
    let updates = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const host = { addController: () => {}, removeController: () => {}, requestUpdate: () => void updates++, updateComplete: Promise.resolve(true) };
    const context = { t: resultsFr, say: (message: string) => (said = message), status: () => said } as unknown as ResultsContext;
    const controller = new SurveySummaryController(host, context, { sliceMs: 0, yieldFn: () => gate });
    const data = new ResultsData(responses(1_000));
    expect(controller.ensure(data, undefined)).to.equal(false);
    expect(controller.ensure(data, undefined), 'started once').to.equal(false);
    await waitFor(() => said === 'Calcul en cours…', 2000, 'the computing status');
    expect(controller.computing).to.equal(true);
    release();
    await waitFor(() => !controller.computing, 5000, 'computed');
    expect(said).to.equal(`1 000 contributions chargées. Synthèse calculée sur ${n(900)} réponses.`);
    expect(updates).to.equal(1);
    expect(controller.ensure(data, undefined)).to.equal(true);
  });
});

describe('results at scale: capped lists', () => {
  it('shows the first 20, then 50 more at each "Voir plus", never more than there are', () => {
    const counts = new ShownCounts();
    expect(counts.shown('a', 3_412)).to.equal(FIRST_SHOWN);
    expect(counts.shown('b', 7)).to.equal(7);
    expect(counts.more('a', 3_412), 'the first added').to.equal(20);
    expect(counts.shown('a', 3_412)).to.equal(FIRST_SHOWN + MORE_STEP);
    expect(counts.more('b', 7)).to.equal(7);
    expect(counts.shown('b', 7)).to.equal(7);
    counts.clear();
    expect(counts.shown('a', 3_412)).to.equal(20);
  });

  it(`${n(RESPONSES)} responses: 20 open answers shown of all, "Voir plus" adds 50 with focus on the first added; figures on every response; accessible`, async () => {
    const dbName = freshDbName('results-scale');
    await seedMany(dbName, responses(RESPONSES));
    const el = await renderResults({ dbName });
    await loaded(el);
    const inT4 = RESPONSES * 0.9;
    // Figures over every response of the campaign, not only the answers shown.
    expect($(el, '#survey-count')!.textContent)
      .to.include('2026-T4')
      .and.include(`${n(inT4)} réponses`);
    const accueil = $$(el, '.question').find((q) => q.querySelector('h4')!.textContent === 'Comment jugez-vous l’accueil ?')!;
    const rows = [...accueil.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
    // Responses 9, 19, 29… (the 2026-T3 ones) are those that rated 5: 2026-T4 has 1,000 of each mark 1–4 and 500 of 5.
    expect(rows.map((row) => row[1])).to.deep.equal(['1000', '1000', '1000', '1000', '500']);
    expect(accueil.textContent).to.include(`« Bien » ou « Très bien » : 33,3 % (${n(1_500)} sur ${n(inT4)})`);

    const remarks = $$(el, '.question').find((q) => q.querySelector('h4')!.textContent === 'Une remarque ?')!;
    const list = remarks.querySelector('ul.texts')!;
    expect(list.querySelectorAll('li')).to.have.length(20);
    const first = [...list.querySelectorAll('li')].map((li) => li.textContent!);
    expect(new Set(first).size, 'twenty different answers').to.equal(20);
    expect(first.every((text) => /^Remarque n° \d+$/.test(text))).to.equal(true);
    expect(remarks.querySelector('.shown-count')!.textContent!.trim()).to.equal(`20 sur ${n(inT4)}`);
    await expect(el).to.be.accessible();

    const more = remarks.querySelector<HTMLButtonElement>('button[data-more]')!;
    expect(more.textContent).to.include('Voir plus');
    expect(more.getAttribute('aria-describedby')).to.equal(`${list.id}-count`);
    more.click();
    await waitFor(() => list.querySelectorAll('li').length === 70, 3000, '50 more');
    expect(remarks.querySelector('.shown-count')!.textContent!.trim()).to.equal(`70 sur ${n(inT4)}`);
    await waitFor(() => el.shadowRoot!.activeElement?.id === `${list.id}-20`, 3000, 'focus on the first answer added');
    expect([...list.querySelectorAll('li')].slice(0, 20).map((li) => li.textContent)).to.deep.equal(first);
    expect(new Set([...list.querySelectorAll('li')].map((li) => li.textContent)).size).to.equal(70);
    await expect(el).to.be.accessible();
    // The shadow root stays small whatever the data: the answers not shown are not in it.
    expect(el.shadowRoot!.querySelectorAll('li').length).to.be.lessThan(200);

    // Another campaign: the figures of that campaign (computed in slices), its list from its first answers.
    const select = $<HTMLSelectElement>(el, '#campaign')!;
    select.value = '2026-T3';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await loaded(el);
    expect($(el, '#survey-count')!.textContent).to.include(`${n(RESPONSES / 10)} réponses`);
    expect($(el, '[id$="-texts"]')!.querySelectorAll('li')).to.have.length(20);
    expect(status(el)).to.not.equal('Calcul en cours…');
  });
});

describe("results at scale: the collector's answer read as it arrives", () => {
  const answer = {
    before: 'x{[]"',
    submissions: [{ id: 'a', t: 'br}ace "q" \\ ]', n: { d: [1, { e: 2 }] } }, 1, 'str', null, [1, 2], { id: 'b' }, true, { id: 'ü😀' }],
    actions: [{ type: 'c', data: {} }],
    events: [{ id: 'e', capacity: 3 }],
  };

  it('cuts out each submission, whatever the size of the pieces, and parses the rest apart', () => {
    for (const json of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
      for (let size = 1; size <= 40; size++) {
        const splitter = new SubmissionsSplitter();
        const entries: string[] = [];
        for (let i = 0; i < json.length; i += size) entries.push(...splitter.push(json.slice(i, i + size)));
        const { rest, primitives } = splitter.end();
        expect(entries.map((entry) => JSON.parse(entry) as unknown)).to.deep.equal([answer.submissions[0], { id: 'b' }, { id: 'ü😀' }]);
        expect(primitives, 'entries that are not objects').to.equal(5);
        expect(rest).to.deep.equal({ ...answer, submissions: [] });
      }
    }
  });

  it('gives what fromRemoteAnswer gives on the whole JSON, in slices; a broken answer is a format error', async () => {
    const items = responses(300);
    const json = {
      submissions: [...items.map((item) => ({ ...item.envelope, receivedAt: item.receivedAt })), { not: 'an envelope' }, 7],
      events: [{ id: 'e', capacity: 3 }],
    };
    let yields = 0;
    const read = await readRemoteResponse(new Response(JSON.stringify(json)), { sliceMs: 0, yieldFn: async () => void yields++ });
    const whole = fromRemoteAnswer(json);
    expect(read.items).to.deep.equal(whole.items);
    expect(read.items).to.have.length(300);
    expect(read.ignored).to.equal(2);
    expect(read.capacities).to.deep.equal(whole.capacities);
    expect(yields).to.be.greaterThan(100);
    for (const broken of ['{"submissions": [{"id": "a"', '<html><body>Portail Wi-Fi</body></html>', '{"other": []}', 'null']) {
      let error: unknown;
      await readRemoteResponse(new Response(broken)).catch((e: unknown) => (error = e));
      expect(error, broken).to.be.instanceOf(RemoteFormatError);
    }
  });
});
