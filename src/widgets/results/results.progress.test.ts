// A read that arrives over seconds (issue 16): the panel shows at once and its figures fill in as
// the items come; the figures counted on the way equal the synchronous functions over the items read
// so far, and over every item at the end; this device's store read page by page; the progress said
// now and then in the status region; each state accessible. No timed assertion: the times are
// printed by scripts/bench-results.ts.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createEnvelope } from '../../core/envelope.js';
import { LocalStore } from '../../core/storage.js';
import { HISTORY_NAMESPACE } from '../../contracts/continuum-history.js';
import { freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { PROGRESS_SAY_MS, ResultsLoadController } from './controllers/load.controller.js';
import type { SurveyAnswer } from './payloads.js';
import { ResultsData } from './results-data.js';
import { ideaItems, item, selfCheckItems, signupItems, surveyItems } from './results.fixtures.js';
import { $, $$, loaded, renderResults, seed, status, seedMany } from './results.helpers.test.js';
import type { ResultsContext } from './results.state.js';
import { LOCAL_PAGE, LocalSource, mergeLocal, fromHistory, type ResultItem, type ResultsSource } from './sources.js';
import { campaignTable, satisfactionByCampaign, summariseSurveys } from './survey-summary.js';
import { resultsFr } from './translations/fr.js';

const n = (count: number) => count.toLocaleString('fr-FR');

/** A deterministic pseudo-random source. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * `count` varied survey responses over three campaigns: ratings (some "non concerné", some skipped),
 * yes/no, a single and a multiple choice (with "autre, précisez"), free comments.
 */
function responses(count: number, seedValue = 7): ResultItem[] {
  const next = random(seedValue);
  const campaigns = ['2026-T2', '2026-T3', '2026-T4'];
  return Array.from({ length: count }, (_, i) => {
    const answers: SurveyAnswer[] = [];
    for (const id of ['accueil', 'delais', 'global']) {
      const roll = next();
      if (roll < 0.05) continue;
      if (roll < 0.1)
        answers.push({
          questionId: id,
          type: 'rating',
          section: id,
          label: `Note ${id}`,
          value: 0,
          notConcerned: true,
          valueLabels: ['Je n’ai pas essayé'],
        } as SurveyAnswer);
      else answers.push({ questionId: id, type: 'rating', section: id, label: `Note ${id}`, value: 1 + Math.floor(next() * 5) });
    }
    answers.push({ questionId: 'recommend', type: 'yesno', label: 'Recommanderiez-vous ?', value: next() > 0.3 });
    const canal = `c${Math.floor(next() * 3)}`;
    answers.push({ questionId: 'canal', type: 'single', label: 'Comment prenez-vous rendez-vous ?', value: canal, valueLabels: [`Canal ${canal}`] });
    const chosen = ['nutrition', 'sommeil', 'autre'].filter(() => next() > 0.5);
    if (chosen.length)
      answers.push({
        questionId: 'needs',
        type: 'multiple',
        label: 'Quels thèmes ?',
        value: chosen,
        valueLabels: chosen,
        ...(chosen.includes('autre') ? { other: `Autre ${i}` } : {}),
      });
    if (next() > 0.6) answers.push({ questionId: 'comment', type: 'long-text', label: 'Une remarque ?', value: `Remarque ${i}` });
    const payload = { campaign: campaigns[Math.floor(next() * 3)]!, surveyId: 'defaut', surveyTitle: 'Votre avis', kiosk: false, answers };
    return item('survey', payload, `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
  });
}

/** Every figure the survey panel shows, from `data` and from the synchronous functions over `items`. */
function surveyFigures(data: ResultsData, items: readonly ResultItem[]) {
  const surveys = items.filter((i) => i.kind === 'survey');
  const campaigns = [undefined, ...campaignTable(surveys).map((row) => row.campaign)];
  return {
    progressive: {
      campaigns: data.campaigns,
      trend: data.trend,
      summaries: campaigns.map((c) => data.surveySummary(c)),
      counts: (['survey', 'idea', 'event-signup', 'self-check'] as const).map((kind) => data.itemsOf(kind).length),
    },
    synchronous: {
      campaigns: campaignTable(surveys),
      trend: satisfactionByCampaign(surveys),
      summaries: campaigns.map((c) => summariseSurveys(surveys, c)),
      counts: (['survey', 'idea', 'event-signup', 'self-check'] as const).map((kind) => items.filter((i) => i.kind === kind).length),
    },
  };
}

/** Keeps a readwrite transaction on a store of the database open (the view's reads of it wait) until released. */
async function hold(dbName: string, store: 'outbox' | 'submissions'): Promise<() => Promise<void>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(store, 'readwrite');
  let held = true;
  const spin = () => {
    if (held) tx.objectStore(store).get('nothing').onsuccess = spin;
  };
  spin();
  return async () => {
    held = false;
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  };
}

describe('results read as they arrive: figures counted on the way', () => {
  it('equal the synchronous functions over what was read, at every batch and at the end, whatever the batches', () => {
    const unreadable = item('survey', { campaign: '2026-T4', surveyId: 'x' }, '2026-11-02');
    const items = [...responses(1_500), ...surveyItems(), ...ideaItems(), ...signupItems(), ...selfCheckItems(), unreadable];
    // Shuffled deterministically: kinds and campaigns mixed as a collector would send them.
    const next = random(3);
    const mixed = items
      .map((i) => [next(), i] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, i]) => i);
    for (const batch of [1, 97, 1_000]) {
      const data = ResultsData.reading();
      for (let from = 0; from < mixed.length; from += batch) {
        data.append(mixed.slice(from, from + batch));
        if (from % (batch * 5) === 0 || from + batch >= mixed.length) {
          const { progressive, synchronous } = surveyFigures(data, mixed.slice(0, from + batch));
          expect(progressive, `batch ${batch}, ${from + batch} read`).to.deep.equal(synchronous);
        }
      }
      expect(data.growing).to.equal(true);
      data.finish([], new Map());
      expect(data.growing).to.equal(false);
      const { progressive, synchronous } = surveyFigures(data, mixed);
      expect(progressive, `batch ${batch}, complete`).to.deep.equal(synchronous);
      expect(synchronous.summaries[0]!.unreadable, 'the unreadable item counted').to.equal(2);
      // Every campaign is ready when the read ends: choosing one computes nothing.
      for (const row of data.campaigns) expect(data.surveysReady(row.campaign)).to.equal(true);
      expect(data.surveysReady('')).to.equal(true);
      expect(data.items).to.deep.equal(mixed);
      expect(data.hasUnsent, 'the fixtures hold outbox items').to.equal(true);
      expect(data.hasUnsent).to.equal(new ResultsData(mixed).hasUnsent);
      expect(data.events).to.deep.equal(new ResultsData(mixed, [], new Map()).events);
    }
  });

  it('a summary given while reading does not change when more arrives', () => {
    const items = responses(200);
    const data = ResultsData.reading();
    data.append(items.slice(0, 100));
    expect(data.hasUnsent, 'only stored responses').to.equal(false);
    const early = data.surveySummary(undefined);
    const copy = structuredClone(early);
    data.append(items.slice(100));
    expect(early).to.deep.equal(copy);
    expect(data.surveySummary(undefined).responses).to.equal(200);
  });
});

describe("results read as they arrive: this device's store, page by page", () => {
  it('gives every page in order, then the outbox and the self-checks: the same items as reading everything at once', async () => {
    const dbName = freshDbName('results-pages');
    const stored = responses(2 * LOCAL_PAGE + 321, 11);
    await seedMany(dbName, stored);
    // In the outbox: one item also stored (delivered an instant ago: the stored one stands) and two others.
    const [pendingIdea, rejectedSignup] = [ideaItems()[0]!, signupItems()[0]!];
    await seed(dbName, [
      { ...pendingIdea, origin: 'pending' },
      { ...rejectedSignup, origin: 'rejected' },
      { ...stored[5]!, origin: 'pending' },
    ]);
    const store = await LocalStore.open(dbName);
    const selfCheck = selfCheckItems()[0]!;
    await store.putDocument(HISTORY_NAMESPACE, selfCheck.id, { savedAt: selfCheck.receivedAt, payload: selfCheck.envelope.payload });

    let pages: ResultItem[][] = [];
    for (let after: string | undefined, page = [] as ResultItem[]; pages.length === 0 || page.length === LOCAL_PAGE;) {
      page = (await store.listSubmissionsPage(after, LOCAL_PAGE)).map((r) => ({ ...r, origin: 'stored' }) as unknown as ResultItem);
      pages.push(page);
      after = page.at(-1)?.id;
    }
    expect(pages.map((page) => page.length)).to.deep.equal([LOCAL_PAGE, LOCAL_PAGE, 321]);
    expect(pages.flat().map((r) => r.id)).to.deep.equal((await store.listSubmissions()).map((r) => r.id));

    pages = [];
    const items = await new LocalSource(store).list(undefined, undefined, (batch) => pages.push([...batch]));
    expect(pages.map((page) => page.length)).to.deep.equal([LOCAL_PAGE, LOCAL_PAGE, 321, 2, 1]);
    expect(pages.flat()).to.deep.equal(items);
    const history = (await store.listDocuments(HISTORY_NAMESPACE)).map(fromHistory).filter((i) => i !== undefined);
    expect(items).to.deep.equal([...mergeLocal(await store.listSubmissions(), await store.listOutbox()), ...history]);
    expect(
      items.filter((i) => i.id === stored[5]!.id).map((i) => i.origin),
      'the stored copy stands',
    ).to.deep.equal(['stored']);
    // One kind: only its items, page by page.
    const ideas = await new LocalSource(store).list('idea');
    expect(ideas.map((i) => [i.id, i.origin])).to.deep.equal([[pendingIdea.id, 'pending']]);
  });
});

/** A host for a controller alone: counts its update requests. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
    for (const c of this.controllers) c.hostUpdate?.();
    for (const c of this.controllers) c.hostUpdated?.();
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

describe('results read as they arrive: the progress said', () => {
  it('says how far the read is now and then (rounded to the thousand), then the outcome; exports wait for the end', async () => {
    const dbName = freshDbName('results-progress');
    const stored = responses(3 * LOCAL_PAGE + 512, 5);
    await seedMany(dbName, stored);
    const said: string[] = [];
    const context = { t: resultsFr, say: (message: string) => said.push(message), status: () => said.at(-1) ?? '' } as unknown as ResultsContext;
    // A clock that moves PROGRESS_SAY_MS at each page: every page is a moment to say the progress.
    let clock = 0;
    const host = new Host();
    const loader = new ResultsLoadController(host, context, () => clock);
    const seen: Array<{ reading: number | undefined; complete: number }> = [];
    const source = new LocalSource(await LocalStore.open(dbName));
    const list = source.list.bind(source);
    source.list = (kind, signal, onItems) =>
      list(kind, signal, (batch) => {
        clock += PROGRESS_SAY_MS;
        onItems?.(batch);
        seen.push({ reading: loader.reading?.items.length, complete: loader.data.items.length });
      });
    expect(await loader.load(source)).to.deep.equal({ status: 'ready' });
    expect(said).to.deep.equal([
      'Chargement des contributions…',
      `Lecture des contributions : ${n(1_000)}…`,
      `Lecture des contributions : ${n(2_000)}…`,
      `Lecture des contributions : ${n(3_000)}…`,
      `${n(3 * LOCAL_PAGE + 512)} contributions chargées.`,
    ]);
    // While reading: what came so far; the complete read (what exports and deletions use) is not there yet.
    expect(seen).to.deep.equal([1, 2, 3].map((page) => ({ reading: page * LOCAL_PAGE, complete: 0 })).concat({ reading: 3 * LOCAL_PAGE + 512, complete: 0 }));
    expect(host.updates, 'redrawn as pages came (besides the start and the end)').to.be.greaterThan(2);
    expect(loader.reading).to.equal(undefined);
    expect(loader.data.itemsOf('survey')).to.have.length(3 * LOCAL_PAGE + 512);
    // Every response, in the order read (by id: an option first seen comes first, as summariseSurveys has it).
    expect(new Set(loader.data.items.map((i) => i.id))).to.deep.equal(new Set(stored.map((i) => i.id)));
    expect(loader.data.surveySummary(undefined)).to.deep.equal(summariseSurveys(loader.data.items));
  });

  it('with a real clock, says the progress at most every few seconds', async () => {
    const dbName = freshDbName('results-progress');
    await seedMany(dbName, responses(2 * LOCAL_PAGE, 9));
    const said: string[] = [];
    const context = { t: resultsFr, say: (message: string) => said.push(message), status: () => said.at(-1) ?? '' } as unknown as ResultsContext;
    const loader = new ResultsLoadController(new Host(), context);
    const started = performance.now();
    await loader.load(new LocalSource(await LocalStore.open(dbName)));
    const progress = said.filter((message) => message.startsWith('Lecture des contributions'));
    expect(progress.length).to.be.at.most(Math.floor((performance.now() - started) / PROGRESS_SAY_MS));
    expect(said.at(-1)).to.equal(`${n(2 * LOCAL_PAGE)} contributions chargées.`);
  });
});

describe('results read as they arrive: a stream that pauses', () => {
  it('shows what came on a read after one that ended before its fallback redraw (which is armed again)', async () => {
    const batch = responses(3, 21);
    /** Gives one batch, then waits until released. */
    let release = () => {};
    const paused: ResultsSource = {
      mode: 'remote',
      actions: [],
      answers: new Map(),
      list: (_kind, _signal, onItems) => {
        onItems?.(batch);
        return new Promise((resolve) => (release = () => resolve([...batch])));
      },
      saveAnswer: (_id, answer) => Promise.resolve(answer),
    };
    const context = { t: resultsFr, say: () => {}, status: () => '' } as unknown as ResultsContext;
    const host = new Host();
    // A clock that never moves: a batch never redraws at once, only the fallback (REDRAW_MS later) does.
    const loader = new ResultsLoadController(host, context, () => 0);
    // The first read ends before its fallback redraw is due.
    let done = loader.load(paused);
    release();
    expect(await done).to.deep.equal({ status: 'ready' });
    // The second stalls after its first batch: what came shows anyway.
    done = loader.load(paused);
    const before = host.updates;
    await waitFor(() => host.updates > before, 5000, 'the fallback redraw of the stalled read');
    expect(loader.reading?.items.length, 'what came so far').to.equal(batch.length);
    release();
    expect(await done).to.deep.equal({ status: 'ready' });
  });
});

describe('results read as they arrive: the view', () => {
  it('shows its panel at once, the figures of what was read while the rest waits, then every response; accessible in each state', async () => {
    const dbName = freshDbName('results-reading');
    const stored = responses(1_200, 13);
    await seedMany(dbName, stored);
    // One response still in the outbox: the read waits for the outbox while it is held.
    const waiting = createEnvelope(
      'survey',
      {
        campaign: '2026-T4',
        surveyId: 'defaut',
        surveyTitle: 'Votre avis',
        kiosk: false,
        answers: [{ questionId: 'accueil', type: 'rating', section: 'accueil', label: 'Note accueil', value: 5 }],
      },
      { locale: 'fr' },
    );
    await seed(dbName, [{ id: waiting.id, kind: 'survey', envelope: waiting, receivedAt: waiting.createdAt, origin: 'pending' }]);

    // Nothing read yet (the submissions held): the heading, the kinds and the reading line already show.
    let release = await hold(dbName, 'submissions');
    const el = await renderResults({ dbName });
    await waitFor(() => Boolean($(el, '#reading')), 5000, 'the panel while reading');
    expect($(el, '#reading')!.textContent, 'no figures yet: not said to cover what was read').to.equal(resultsFr.readingWait);
    expect($(el, '[part~="panel"] #panel-title')!.textContent).to.equal('Questionnaires');
    expect($(el, '#kinds input[value=survey]')!.closest('.option')!.textContent).to.include('Questionnaires (0)');
    expect($(el, '[part~="panel"]')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '.results')!.getAttribute('aria-busy'), 'the status region is not inside a busy region').to.equal('false');
    expect(status(el)).to.equal('Chargement des contributions…');
    expect($(el, '[part~="export"]'), 'no export of a read under way').to.be.null;
    await expect(el).to.be.accessible();

    // The stored responses read, the outbox held: their figures show, said to be those read so far.
    const releaseOutbox = await hold(dbName, 'outbox');
    await release();
    await waitFor(() => $(el, '#reading')?.textContent?.includes(n(1_200)) === true, 10_000, 'the stored responses read');
    await waitFor(() => Boolean($(el, '#survey-count')), 5000, 'the first figures');
    const latest = campaignTable(stored)[0]!;
    expect($(el, '#survey-count')!.textContent)
      .to.include(latest.campaign)
      .and.include(`${n(latest.responses)} réponses`);
    expect($(el, '#kinds input[value=survey]')!.closest('.option')!.textContent).to.include(`Questionnaires (${n(1_200)})`);
    expect($(el, '#reading')!.textContent).to.equal(resultsFr.readingSoFar(1_200));
    expect($(el, '[part~="panel"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    // Another kind while reading: its list waits for the end, said so.
    $<HTMLInputElement>(el, '#kinds input[value="idea"]')!.click();
    await el.updateComplete;
    expect($(el, '[part~="panel"] #panel-title')!.textContent).to.equal('Idées');
    expect($(el, '#reading')!.textContent).to.equal(resultsFr.readingWait);
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#kinds input[value="survey"]')!.click();
    await el.updateComplete;

    // The rest read: every response counted, the panel no longer busy, the outcome said.
    release = releaseOutbox;
    await release();
    await loaded(el);
    expect($(el, '#reading')).to.be.null;
    expect(status(el)).to.equal(`${n(1_201)} contributions chargées.`);
    const all = [...stored, { id: waiting.id, kind: 'survey', envelope: waiting, receivedAt: waiting.createdAt, origin: 'pending' } as ResultItem];
    const summary = summariseSurveys(all, latest.campaign);
    expect($(el, '#survey-count')!.textContent).to.include(`${n(summary.responses)} réponses`);
    expect(summary.responses, 'the outbox response is in the latest campaign').to.equal(latest.responses + 1);
    const accueil = $$(el, '.question').find((q) => q.querySelector('h4')!.textContent === 'Note accueil')!;
    const counts = [...accueil.querySelectorAll('tbody tr')].map((tr) => tr.children[1]!.textContent!.trim());
    expect(counts).to.deep.equal(summary.questions.find((q) => q.questionId === 'accueil')!.distribution.map((d) => String(d.count)));
    expect($(el, '[part~="export"]')).to.not.be.null;
    await expect(el).to.be.accessible();
  });
});

describe('results read as they arrive: the element moved during the read', () => {
  it('reads again when it comes back (a page builder moving it), with every response counted; accessible', async () => {
    const dbName = freshDbName('results-moved');
    const stored = responses(700, 17);
    await seedMany(dbName, stored);
    const release = await hold(dbName, 'submissions');
    const el = await renderResults({ dbName });
    await waitFor(() => Boolean($(el, '#reading')), 5000, 'the panel while reading');
    // Taken out of the page (the read aborted), then put back: the read starts again, not a failure.
    const parent = el.parentNode!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    parent.append(el);
    await el.updateComplete;
    expect(status(el), 'no failure said').to.equal('Chargement des contributions…');
    await release();
    await loaded(el);
    expect(status(el)).to.equal(`${n(700)} contributions chargées.`);
    expect($(el, '#kinds input[value=survey]')!.closest('.option')!.textContent).to.include(`Questionnaires (${n(700)})`);
    const latest = campaignTable(stored)[0]!;
    expect($(el, '#survey-count')!.textContent).to.include(`${n(latest.responses)} réponses`);
    await expect(el).to.be.accessible();
  });
});
