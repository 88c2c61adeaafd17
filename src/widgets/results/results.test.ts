import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as z from 'zod/mini';
import { LocalStore } from '../../core/storage.js';
import { TestCollector, freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { ideaFeedSchema } from '../../contracts/idea.js';
import { TEAM_ANSWERS_NAMESPACE } from './ideas.js';
import { ideaItems, item, selfCheckItems, signupItems, surveyItems } from './results.fixtures.js';
import { $, $$, exported, loaded, post, renderResults, seed, seededResults, showKind, status, typeToken } from './results.helpers.test.js';

const everything = () => [...surveyItems(), ...ideaItems(), ...signupItems(), ...selfCheckItems()];

describe('msp-results: accessibility in every state', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  it('local, nothing stored yet', async () => {
    const el = await renderResults();
    await loaded(el);
    expect($(el, '.panel')!.textContent).to.include('Aucune contribution');
    await expect(el).to.be.accessible();
  });

  it('each kind shown, with charts, tables and answer forms', async () => {
    const el = await seededResults(everything());
    for (const kind of ['survey', 'idea', 'event-signup', 'self-check']) {
      await showKind(el, kind);
      await expect(el, kind).to.be.accessible();
    }
  });

  it('delete-after-export and purge confirmations', async () => {
    const el = await seededResults([item('survey', surveyItems()[0]!.envelope.payload, '2020-01-01')]);
    await exported(el, '#export-csv');
    await el.updateComplete;
    $(el, '#delete-exported')!.click();
    await waitFor(() => Boolean($(el, '#delete-confirm')));
    expect(el.shadowRoot!.activeElement?.id).to.equal('delete-confirm');
    await expect(el).to.be.accessible();
    $(el, '#prepare-purge')!.click();
    await waitFor(() => Boolean($(el, '#purge-confirm')));
    await expect(el).to.be.accessible();
  });

  it('remote: token form, token refused, results shown', async () => {
    const el = await renderResults({ source: collector.url });
    await el.updateComplete;
    expect($(el, '#token')).to.exist;
    await expect(el).to.be.accessible();
    await typeToken(el, 'wrong-token');
    await waitFor(() => status(el).includes('pas reconnu'));
    await expect(el).to.be.accessible();
    await typeToken(el, collector.token);
    await loaded(el);
    await expect(el).to.be.accessible();
  });

  it('bad configuration', async () => {
    const el = await renderResults({ config: { source: 'javascript:alert(1)', retentionMonths: 0 } });
    expect($(el, '[part=config-notice]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('msp-results: local source', () => {
  it('shows the survey summary of the latest campaign, outbox items marked, the same figures in chart and table', async () => {
    const el = await seededResults(surveyItems());
    expect(status(el)).to.equal('7 contributions chargées.');
    expect($(el, '#kinds input[value=survey]')!.closest('.option')!.textContent).to.include('Questionnaires (7)');
    expect($(el, '#survey-count')!.textContent).to.include('2026-T4').and.include('4 réponses');
    expect($(el, '.panel .notice.warning')!.textContent).to.include('Dont 1 en attente d’envoi');
    const accueil = $$(el, '.question').find((q) => q.querySelector('h4')!.textContent === 'Comment jugez-vous l’accueil ?')!;
    expect(accueil.textContent).to.include('« Bien » ou « Très bien » : 75 % (3 sur 4)');
    const rows = [...accueil.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['1 – Très mauvais', '0', '0 %'],
      ['2 – Mauvais', '0', '0 %'],
      ['3 – Moyen', '1', '25 %'],
      ['4 – Bien', '1', '25 %'],
      ['5 – Très bien', '2', '50 %'],
    ]);
    const svg = accueil.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('desc')!.textContent).to.include('5 – Très bien : 2 (50 %)');
    expect(svg.querySelectorAll('rect')).to.have.length(5);
    // The headline: the overall question's share, named; the questions ranked by satisfaction.
    const cells = (selector: string) =>
      [...$(el, selector)!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(cells('#campaigns')).to.deep.equal([
      ['2026-T4', '4', '66,7 % (2 sur 3)'],
      ['2026-T3', '2', '50 % (1 sur 2)'],
    ]);
    expect($(el, '.overall-note')!.textContent).to.equal(
      'Satisfaction d’ensemble : la part de « Bien » ou « Très bien » à la question « Dans l’ensemble, êtes-vous satisfait ? ».',
    );
    expect(cells('#ranked')).to.deep.equal([
      ['1', 'Comment jugez-vous l’accueil ?', '75 %', '4,3', '4'],
      ['2', 'Dans l’ensemble, êtes-vous satisfait ?', '66,7 %', '3,7', '3'],
    ]);
    const needs = [...$(el, '[aria-labelledby=needs-title] tbody')!.querySelectorAll('tr')].map((tr) => tr.firstElementChild!.textContent);
    expect(needs).to.deep.equal(['Nutrition', 'Sommeil', 'Activité physique', 'Autre']);
    const trend = [...$(el, '#trend tbody')!.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(trend).to.deep.equal([
      ['Comment jugez-vous l’accueil ?', '0 % (2 réponses)', '75 % (4 réponses)'],
      ['Dans l’ensemble, êtes-vous satisfait ?', '50 % (2 réponses)', '66,7 % (3 réponses)'],
    ]);
    // All campaigns.
    const select = $<HTMLSelectElement>(el, '#campaign')!;
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await loaded(el); // the campaign's figures are computed in slices
    expect($(el, '#survey-count')!.textContent).to.include('6 réponses');
  });

  it('exports what is shown: the campaign chosen, as French CSV and as JSON', async () => {
    const el = await seededResults(surveyItems());
    const csv = await exported(el, '#export-csv');
    expect(csv.filename).to.match(/^msp-survey-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.content.startsWith('\uFEFFCampagne;Rubrique;Question;')).to.be.true;
    expect(csv.content).to.include("'=1+1");
    expect(csv.content).not.to.include('2026-T3');
    expect(status(el)).to.include(csv.filename);
    const json = JSON.parse((await exported(el, '#export-json')).content);
    expect(json.count).to.equal(4);
    expect(json.filters).to.deep.equal({ campaign: '2026-T4' });
    expect(json.summary.responses).to.equal(4);
    expect(json.items.map((i: { origin: string }) => i.origin).sort()).to.deep.equal(['pending', 'stored', 'stored', 'stored']);
  });

  it('lists signups with contacts here only; exports leave them out unless ticked', async () => {
    const el = await seededResults(signupItems());
    await showKind(el, 'event-signup');
    const totals = [...$(el, 'table.totals')!.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()).join(' '));
    expect(totals).to.deep.equal(['Événements 2', 'Inscriptions 7', 'Places confirmées 8', 'Places en liste d’attente 5', 'Non transmises 1']);
    expect($(el, '.event')!.textContent).to.include('06 00 00 00 02').and.include('Liste d’attente, rang 2');
    const without = await exported(el, '#export-csv');
    expect(without.personalData).to.be.false;
    expect(without.content).not.to.include('06 00');
    expect(without.content).not.to.include('Fauteuil');
    $<HTMLInputElement>(el, '#include-personal')!.click();
    await el.updateComplete;
    const withContacts = await exported(el, '#export-csv');
    expect(withContacts.personalData).to.be.true;
    expect(withContacts.content).to.include('06 00 00 00 02').and.include("'=Emma");
    const json = await exported(el, '#export-json');
    const bruno = JSON.parse(json.content).items.find((i: { payload: { name: string } }) => i.payload.name === 'Bruno');
    expect(bruno.payload.contact.value).to.equal('06 00 00 00 02');
  });

  it('shows each self-check and the progression', async () => {
    const el = await seededResults(selfCheckItems());
    await showKind(el, 'self-check');
    const progression = [...$$(el, 'table').at(-1)!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(progression).to.deep.equal([
      ['Diagnostics et états des lieux', '1 – Information', '3 – Collaboration', '+2'],
      ['Actions de santé publique', '0 – Aucun', '1 – Information', '+1'],
      ['Formation initiale', '2 – Consultation', '2 – Consultation', 'stable'],
    ]);
    expect($(el, '#aci-chart-desc')!.textContent).to.equal('10/06/2025 : 1 ; 15/01/2026 : 1 ; 01/09/2026 : 2');
  });
});

describe('msp-results: ideas, answers and the feed', () => {
  /** The fixture ideas kept on a fresh device, the view showing them. */
  async function ideasOnThisDevice() {
    const dbName = freshDbName('results');
    const ideas = ideaItems();
    await seed(dbName, ideas);
    const el = await renderResults({ dbName });
    await loaded(el);
    await showKind(el, 'idea');
    return { dbName, ideas, el };
  }

  it('filters, saves the team’s answer on the device, and publishes a feed the idea box accepts', async () => {
    const { dbName, ideas, el } = await ideasOnThisDevice();
    expect($(el, '#ideas-count')!.textContent).to.equal('4 idées affichées sur 4');
    expect($(el, '.idea .badge.rejected')!.textContent).to.equal('Refusée par le serveur');
    const theme = $<HTMLSelectElement>(el, '#filter-theme')!;
    theme.value = 'accueil';
    theme.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '#ideas-count')!.textContent).to.equal('2 idées affichées sur 4');

    const id = ideas[0]!.id;
    const statusSelect = $<HTMLSelectElement>(el, `[id="status-${id}"]`)!;
    statusSelect.value = 'realisee';
    statusSelect.dispatchEvent(new Event('change'));
    const answer = $<HTMLTextAreaElement>(el, `[id="answer-${id}"]`)!;
    answer.value = 'Six chaises ajoutées en novembre.';
    answer.dispatchEvent(new Event('input'));
    $<HTMLInputElement>(el, `[id="publish-${id}"]`)!.click();
    await el.updateComplete;
    $(el, `[data-save="${id}"]`)!.click();
    await waitFor(() => status(el) === 'Réponse enregistrée sur cet appareil.');
    const stored = await (await LocalStore.open(dbName)).getDocument<{ status: string; answer: string; publishText: boolean }>(TEAM_ANSWERS_NAMESPACE, id);
    expect(stored).to.deep.include({ status: 'realisee', answer: 'Six chaises ajoutées en novembre.', publishText: true });

    // The idea with a contact gets a status but its text stays unpublished.
    theme.value = '';
    theme.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const withContact = ideas[1]!.id;
    expect($(el, `[id="idea-${withContact}-title"]`)!.closest('article')!.textContent).to.include('jeanne@example.org');
    const other = $<HTMLSelectElement>(el, `[id="status-${withContact}"]`)!;
    other.value = 'a-l-etude';
    other.dispatchEvent(new Event('change'));
    $(el, `[data-save="${withContact}"]`)!.click();
    await waitFor(() => $(el, '.feed')!.textContent!.includes('les 2 idées'));

    const feedFile = await exported(el, '#download-feed');
    const feed = JSON.parse(feedFile.content);
    expect(z.safeParse(ideaFeedSchema, feed).success).to.be.true;
    expect(feed.ideas).to.have.length(2);
    expect(feed.ideas.find((i: { id: string }) => i.id === id)).to.deep.include({
      status: 'realisee',
      text: 'Mettre plus de chaises dans la salle d’attente',
      answer: 'Six chaises ajoutées en novembre.',
    });
    expect(feed.ideas.find((i: { id: string }) => i.id === withContact)).not.to.have.property('text');
    expect(feedFile.content).not.to.include('jeanne');

    // A new view of the same device finds the answers again.
    const again = await renderResults({ dbName });
    await loaded(again);
    await showKind(again, 'idea');
    expect($<HTMLTextAreaElement>(again, `[id="answer-${id}"]`)!.value).to.equal('Six chaises ajoutées en novembre.');
  });

  it('deletes after export exactly what was exported (the filter applied)', async () => {
    const { dbName, ideas, el } = await ideasOnThisDevice();
    const theme = $<HTMLSelectElement>(el, '#filter-theme')!;
    theme.value = 'accueil';
    theme.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const csv = await exported(el, '#export-csv');
    expect(csv.count).to.equal(2);
    await el.updateComplete;
    expect($(el, '#delete-exported')!.textContent!.trim()).to.equal('Supprimer de cet appareil les 2 éléments exportés');
    $(el, '#delete-exported')!.click();
    await waitFor(() => Boolean($(el, '#confirm-delete')));
    // Cancelling gives focus back to the button that asked; confirming, to the section's heading.
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Annuler')!.click();
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'delete-exported', 3000, 'focus back on the delete button');
    $(el, '#delete-exported')!.click();
    await waitFor(() => Boolean($(el, '#confirm-delete')));
    $(el, '#confirm-delete')!.click();
    await waitFor(() => status(el) === '2 éléments supprimés de cet appareil.');
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'export-title', 3000, 'focus on the export heading');
    const store = await LocalStore.open(dbName);
    const left = [...(await store.listSubmissions()).map((s) => s.id), ...(await store.listOutbox()).map((o) => o.id)].sort();
    expect(left).to.deep.equal([ideas[1]!.id, ideas[3]!.id].sort());
  });
});

describe('msp-results: retention', () => {
  it('purges records older than the setting after a confirmation, personal data included first, and keeps the rest', async () => {
    const dbName = freshDbName('results');
    const oldSignup = signupItems()[0]!;
    oldSignup.envelope.createdAt = '2024-05-01T08:00:00.000Z';
    const oldSurvey = item('survey', surveyItems()[0]!.envelope.payload, '2024-06-01', 'pending');
    const recentSurvey = surveyItems()[1]!;
    const recentIdea = ideaItems()[0]!;
    recentIdea.envelope.createdAt = new Date().toISOString().slice(0, 10);
    recentSurvey.envelope.createdAt = new Date().toISOString().slice(0, 10);
    await seed(dbName, [oldSignup, oldSurvey, recentSurvey, recentIdea]);
    const el = await renderResults({ dbName, config: { retentionMonths: 12 } });
    await loaded(el);
    expect($<HTMLInputElement>(el, '#retention')!.value).to.equal('12');

    // An impossible setting is refused with a message.
    const months = $<HTMLInputElement>(el, '#retention')!;
    months.value = '0';
    months.dispatchEvent(new Event('input'));
    await el.updateComplete;
    $(el, '#prepare-purge')!.click();
    await waitFor(() => $(el, '#retention-message')!.textContent!.includes('entre 1 et 120'));
    expect(months.getAttribute('aria-invalid')).to.equal('true');

    months.value = '12';
    months.dispatchEvent(new Event('input'));
    await el.updateComplete;
    $(el, '#prepare-purge')!.click();
    await waitFor(() => Boolean($(el, '#purge-confirm')));
    expect($(el, '#purge-confirm')!.textContent).to.include('1 avec des données personnelles (supprimées en premier), puis 1 autre.');
    const store = await LocalStore.open(dbName);
    expect((await store.listSubmissions()).length + (await store.listOutbox()).length, 'nothing deleted before confirming').to.equal(4);
    $(el, '#confirm-purge')!.click();
    await waitFor(() => status(el) === '2 contributions anciennes supprimées.');
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'retention-title', 3000, 'focus on the retention heading');
    expect((await store.listSubmissions()).map((s) => s.id).sort()).to.deep.equal([recentSurvey.id, recentIdea.id].sort());
    expect(await store.listOutbox()).to.have.length(0);
    expect(await store.getDocument('msp-results:settings', 'retentionMonths')).to.equal(12);

    $(el, '#prepare-purge')!.click();
    await waitFor(() => status(el).startsWith('Rien à supprimer'));
  });
});

describe('msp-results: remote source (a real collector)', () => {
  let collector: TestCollector;
  beforeEach(async () => (collector = await TestCollector.start()));
  afterEach(async () => collector.stop());

  it('asks for the token, says politely when it is wrong, then reads with it', async () => {
    const ideas = ideaItems().filter((i) => i.origin !== 'rejected');
    for (const i of [...ideas, ...surveyItems().slice(0, 2)]) await post(collector, i.envelope);
    const el = await renderResults({ source: collector.url });
    $<HTMLButtonElement>(el, '.token-form button[type=submit]')!.click();
    await waitFor(() => $(el, '#token-message')!.textContent!.includes('Saisissez le jeton'));
    expect(el.shadowRoot!.activeElement?.id).to.equal('token');

    await typeToken(el, 'not-the-token');
    await waitFor(() => status(el).includes('pas reconnu'));
    expect($(el, '#token-message')!.textContent).to.include('Ce jeton n’est pas reconnu par le serveur');
    expect($<HTMLInputElement>(el, '#token')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#kinds')).to.be.null;

    await typeToken(el, collector.token);
    await loaded(el);
    expect(status(el)).to.equal('5 contributions chargées.');
    expect($(el, '.source')!.textContent).to.include('127.0.0.1');
    await showKind(el, 'idea');
    expect($(el, '#ideas-count')!.textContent).to.equal('3 idées affichées sur 3');
    // Read-only source: no deletion, no purge.
    expect($(el, '.retention')).to.be.null;
    await exported(el, '#export-csv');
    await el.updateComplete;
    expect($(el, '#delete-exported')).to.be.null;
    // The token was not kept (not asked to).
    const store = await LocalStore.open(el.dbName!);
    expect(await store.listDocuments('msp-results:token')).to.have.length(0);
  });

  it('remembers the token only when asked, and forgets it', async () => {
    await post(collector, surveyItems()[0]!.envelope);
    const dbName = freshDbName('results');
    const el = await renderResults({ source: collector.url, dbName });
    await typeToken(el, collector.token, true);
    await loaded(el);
    const store = await LocalStore.open(dbName);
    await waitFor(async () => (await store.getDocument('msp-results:token', collector.url)) === collector.token, 5000, 'the token kept');

    const again = await renderResults({ source: collector.url, dbName });
    await loaded(again);
    expect(status(again)).to.equal('1 contribution chargée.');
    $(again, '.token-form button.secondary')!.click();
    await waitFor(() => status(again) === 'Le jeton a été effacé de cet appareil.');
    expect(await store.getDocument('msp-results:token', collector.url)).to.be.undefined;
    expect($(again, '#kinds')).to.be.null;
  });

  it('works with the keyboard alone: type the token, Enter, then choose a kind with the arrow keys', async () => {
    await post(collector, ideaItems()[0]!.envelope);
    await post(collector, surveyItems()[0]!.envelope);
    const el = await renderResults({ source: collector.url });
    $<HTMLInputElement>(el, '#token')!.focus();
    await sendKeys({ type: collector.token });
    await sendKeys({ press: 'Enter' });
    await loaded(el);
    expect(status(el)).to.equal('2 contributions chargées.');
    $<HTMLInputElement>(el, '#kinds input[value="survey"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect($(el, '#panel-title')!.textContent).to.equal('Inscriptions');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect($(el, '#panel-title')!.textContent).to.equal('Idées');
  });

  it('says so when the collector is down', async () => {
    await collector.down();
    const el = await renderResults({ source: collector.url, config: { requestTimeoutMs: 2000 } });
    await typeToken(el, collector.token);
    await waitFor(() => status(el).includes('ne répond pas'));
    await expect(el).to.be.accessible();
    await collector.up();
  });
});

describe('msp-results: English', () => {
  it('speaks English when the page or the element says so', async () => {
    const dbName = freshDbName('results');
    await seed(dbName, surveyItems());
    const el = await renderResults({ dbName, lang: 'en' });
    await waitFor(() => $(el, 'h2')!.textContent === 'Contribution results');
    await loaded(el);
    await waitFor(() => $(el, '#survey-count')!.textContent!.includes('4 responses'));
    await expect(el).to.be.accessible();
  });
});
