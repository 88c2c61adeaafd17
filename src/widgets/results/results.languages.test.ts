// Issue 14 for the team's view: focus after the token, the kind it opens on, Arabic (right to left)
// and axe-core in French and Arabic on the token screen, each kind, the poster and the yearly summary.
// Issue 13: the poster and the summary reached from the view, and the summary's exports.
import { expect } from '@open-wc/testing';
import { TestCollector, freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { screenshot } from '../../../test/helpers/page.js';
import type { MspResults } from './results.component.js';
import { ideaItems, selfCheckItems, signupItems, surveyItems } from './results.fixtures.js';
import { $, exported, loaded, post, renderResults, seed, seededResults, showKind, typeToken } from './results.helpers.test.js';

const everything = () => [...surveyItems(), ...ideaItems(), ...signupItems(), ...selfCheckItems()];
const focused = (el: MspResults) => el.shadowRoot!.activeElement;
const checkedKind = (el: MspResults) => el.shadowRoot!.querySelector<HTMLInputElement>('#kinds input:checked')?.value;

async function open(el: MspResults, button: string, title: string): Promise<void> {
  $(el, button)!.click();
  await waitFor(() => focused(el)?.id === title, 5000, `focus on #${title}`);
}

describe('msp-results: focus and the kind shown first (issue 14)', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  it('moves focus to the view’s heading once the token is accepted, not to the page', async () => {
    await post(collector, ideaItems()[0]!.envelope);
    const el = await renderResults({ source: collector.url });
    $(el, '#token')!.focus();
    await typeToken(el, collector.token);
    await loaded(el);
    await waitFor(() => focused(el)?.id === 'results-title', 5000, 'focus on the heading');
    expect(document.activeElement).to.equal(el);
    expect(focused(el)!.tagName).to.equal('H2');
    expect(focused(el)!.textContent).to.include('Résultats');
  });

  it('with hide-heading, moves it to the panel’s heading', async () => {
    const el = await renderResults({ source: collector.url, config: { hideHeading: true } });
    await typeToken(el, collector.token);
    await loaded(el);
    expect($(el, '#results-title')).to.be.null;
    await waitFor(() => focused(el)?.id === 'panel-title', 5000, 'focus on the panel heading');
  });

  it('opens on the first kind that has data, and keeps the team’s choice after a refresh', async () => {
    const el = await seededResults([...ideaItems(), ...signupItems()]);
    await waitFor(() => checkedKind(el) === 'idea', 5000, 'the idea kind shown');
    expect($(el, '#panel-title')!.textContent!.trim()).to.equal('Idées');
    expect($(el, '.idea')).to.exist;
    await showKind(el, 'survey');
    $(el, '#refresh')!.click();
    // A local read is quick: give it time to finish, then read the kind shown.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await loaded(el);
    await el.updateComplete;
    expect($(el, '#panel-title')!.textContent!.trim(), 'the team chose "Questionnaires"').to.equal('Questionnaires');
  });

  it('stays on the questionnaires when they have data', async () => {
    const el = await seededResults(everything());
    expect(checkedKind(el)).to.equal('survey');
  });
});

describe('msp-results: languages and axe-core (issue 14)', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  for (const lang of ['fr', 'ar'] as const) {
    it(`${lang}: the token screen is accessible`, async () => {
      const el = await renderResults({ source: collector.url, lang });
      await el.updateComplete;
      expect($(el, '#token')).to.exist;
      await expect(el).to.be.accessible();
    });

    it(`${lang}: each kind is accessible`, async () => {
      const el = await seededResults(everything(), { lang });
      await el.updateComplete;
      for (const kind of ['survey', 'idea', 'event-signup', 'self-check']) {
        await showKind(el, kind);
        await expect(el, kind).to.be.accessible();
      }
    });

    it(`${lang}: the poster and the yearly summary are accessible`, async () => {
      const el = await seededResults(everything(), { lang });
      await el.updateComplete;
      await showKind(el, 'self-check');
      await expect(el, 'the report entry').to.be.accessible();
      await open(el, '#open-poster', 'poster-title');
      await expect(el, 'poster').to.be.accessible();
      await screenshot(`results-poster-${lang}`, $(el, '.poster')!);
      $(el, '#close-report')!.click();
      await waitFor(() => focused(el)?.id === 'open-poster', 5000, 'focus back on the poster button');
      await open(el, '#open-summary', 'summary-title');
      await expect(el, 'yearly summary').to.be.accessible();
      await screenshot(`results-summary-${lang}`, $(el, '.yearly-summary')!);
    });
  }

  it('ar: right to left, Arabic words, Latin digits', async () => {
    const el = await seededResults(everything(), { lang: 'ar' });
    await el.updateComplete;
    const root = $(el, '[part~=base]')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    expect($(el, '#report-title')!.textContent).to.include('إخبار المرضى');
    expect($(el, '#kinds')!.textContent).to.include('الاستبيانات (7)');
    await open(el, '#open-poster', 'poster-title');
    expect($(el, '#poster-title')!.textContent!.trim()).to.equal('قلتم، ففعلنا');
    expect($(el, '.poster')!.textContent).to.match(/في 2026، أجاب/);
  });
});

describe('msp-results: reporting back from the view (issue 13)', () => {
  it('shows the poster alone, then the summary with its CSV and text exports', async () => {
    const dbName = freshDbName('results');
    await seed(dbName, everything());
    const el = await renderResults({ dbName, config: { structureName: 'MSP du Bocage' } });
    await loaded(el);
    expect([...el.shadowRoot!.querySelectorAll('#report-year option')].map((o) => o.textContent))
      .to.include('2026')
      .and.include('2025');
    await open(el, '#open-poster', 'poster-title');
    expect($(el, '#kinds'), 'the poster shows alone').to.be.null;
    expect($(el, '.poster-structure')!.textContent).to.include('MSP du Bocage — 2026');
    $(el, '#close-report')!.click();
    await waitFor(() => focused(el)?.id === 'open-poster', 5000, 'back to the results');
    await open(el, '#open-summary', 'summary-title');
    const csv = await exported(el, '#export-summary-csv');
    expect([csv.kind, csv.format, csv.filename, csv.personalData]).to.deep.equal(['yearly-summary', 'csv', 'bilan-implication-usagers-2026.csv', false]);
    expect(csv.content).to.include('Idées reçues;3');
    const text = await exported(el, '#export-summary-text');
    expect(text.format).to.equal('txt');
    expect(text.content).to.include('Implication des usagers').and.include('MSP du Bocage');
    expect(text.content).not.to.include('06 00 00 00', 'no contact in the summary');
  });
});
