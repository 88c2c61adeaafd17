import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LocalStore } from '../../core/storage.js';
import { freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { wrapLabel } from './chart.js';
import { SETTINGS_NAMESPACE } from './controllers/retention.controller.js';
import { item, surveyItems } from './results.fixtures.js';
import { $, $$, exported, loaded, renderResults, seed, seededResults } from './results.helpers.test.js';

describe('results: charts', () => {
  it('wraps long labels rather than cutting them', () => {
    expect(wrapLabel('Ni satisfait ni insatisfait')).to.deep.equal(['Ni satisfait ni', 'insatisfait']);
    expect(wrapLabel('Pour un proche que vous accompagnez (enfant, parent, conjoint…)').join(' ')).to.equal(
      'Pour un proche que vous accompagnez (enfant, parent, conjoint…)',
    );
    expect(wrapLabel('Bien')).to.deep.equal(['Bien']);
  });

  it('draws every word of a long label, and gives each chart as SVG and PNG', async () => {
    const dbName = freshDbName('results');
    const long = {
      questionId: 'repondant',
      type: 'single',
      label: 'Vous répondez…',
      value: 'proche-aidant',
      valueLabels: ['Pour un proche que vous accompagnez (enfant, parent, conjoint…)'],
    };
    await seed(dbName, [item('survey', { campaign: 'T', surveyId: 's', surveyTitle: 'S', kiosk: false, answers: [long] }, '2026-11-02')]);
    const el = await renderResults({ dbName });
    await loaded(el);
    const chart = $(el, 'svg.chart')!;
    const drawn = [...chart.querySelectorAll('.chart-label tspan')].map((t) => t.textContent).join(' ');
    expect(drawn).to.include('Pour un proche que vous accompagnez (enfant, parent, conjoint…)');
    expect(drawn).not.to.include('…)…');
    const svgFile = await exported(el, `[data-chart-svg="${chart.id}"]`);
    expect([svgFile.kind, svgFile.format, svgFile.filename]).to.deep.equal(['chart', 'svg', 'graphique-vous-repondez.svg']);
    const parsed = new DOMParser().parseFromString(svgFile.content, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).to.be.null;
    expect(parsed.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(parsed.querySelector('style')!.textContent).to.include('.chart-bar{fill:');
    const png = await exported(el, `[data-chart-png="${chart.id}"]`);
    expect(png.format).to.equal('png');
    const bitmap = await createImageBitmap(png.blob!);
    expect(bitmap.width).to.equal(2 * Number(chart.getAttribute('viewBox')!.split(' ')[2]));
  });
});

describe('results: print stylesheet', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints no control, keeps table rows and charts whole, repeats table headers', async () => {
    const el = await seededResults(surveyItems());
    await emulateMedia({ media: 'print' });
    const shown = $$(el, 'button, select, input, textarea').filter((c) => getComputedStyle(c).display !== 'none' && c.offsetParent !== null);
    expect(shown.map((c) => c.id || c.getAttribute('part'))).to.deep.equal([]);
    expect(getComputedStyle($(el, 'tbody tr')!).breakInside).to.equal('avoid');
    expect(getComputedStyle($(el, 'svg.chart')!).breakInside).to.equal('avoid');
    expect(getComputedStyle($(el, 'thead')!).display).to.equal('table-header-group');
    expect(getComputedStyle($(el, '#campaigns')!).display).to.equal('table');
  });
});

describe('results: retention offered at each opening once set', () => {
  it('offers the purge (a confirmation, nothing deleted) when the team set a retention and records are older', async () => {
    const dbName = freshDbName('results');
    await seed(dbName, [item('survey', surveyItems()[0]!.envelope.payload, '2020-01-01'), surveyItems()[1]!]);
    const first = await renderResults({ dbName });
    await loaded(first);
    expect($(first, '#purge-confirm'), 'never set: nothing offered').to.be.null;
    first.remove();
    await (await LocalStore.open(dbName)).putDocument(SETTINGS_NAMESPACE, 'retentionMonths', 12);
    const el = await renderResults({ dbName });
    await loaded(el);
    await waitFor(() => Boolean($(el, '#purge-confirm')), 5000, 'the purge offered');
    expect($(el, '#purge-confirm-text')!.textContent).to.include('0 avec des données personnelles').and.include('1 autre');
    expect((await (await LocalStore.open(dbName)).listSubmissions()).length, 'nothing deleted').to.equal(2);
    await expect(el).to.be.accessible();
  });
});
