// The self-check in each language (fr, en, ar), at 320 px, under forced colours, and with the common
// heading attributes (issue 14); its content loaded on demand (issue 16). Screenshots are written to
// test-output/screenshots/ to be looked at.
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { emulateMedia, screenshot, setViewport } from '../../../test/helpers/page.js';
import type { MspContinuumCheck } from './continuum-check.component.js';
import './continuum-check.js';
import { contentAr } from './continuum-content.ar.js';
import { contentEn } from './continuum-content.en.js';
import { contentFr } from './continuum-content.fr.js';
import { continuumCheckAr } from './translations/ar.js';
import { continuumCheckEn } from './translations/en.js';
import { continuumCheckFr } from './translations/fr.js';
import { continuumLaterFr } from './translations/later.fr.js';
import { continuumLaterAr } from './translations/later.ar.js';
import { continuumLaterEn } from './translations/later.en.js';
import { renderLoading } from './views/loading.view.js';

/** The self-check's strings in each language: the start screen's and the later screens' (two catalogues). */
const fr = { ...continuumCheckFr, ...continuumLaterFr };
const en = { ...continuumCheckEn, ...continuumLaterEn };
const ar = { ...continuumCheckAr, ...continuumLaterAr };

interface Options {
  lang?: string;
  attributes?: string;
}

async function render(options: Options = {}): Promise<MspContinuumCheck> {
  const el = await fixture<MspContinuumCheck>(
    html`<msp-continuum-check
      db-name=${freshDbName('continuum-modes')}
      lang=${ifDefined(options.lang)}
      structure-name="MSP des Tilleuls"
      .config=${{ minSecondsToSubmit: 0 }}
    ></msp-continuum-check>`,
  );
  await el.restored;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MspContinuumCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: MspContinuumCheck, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function click(el: MspContinuumCheck, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await el.updateComplete;
}

/** Through every step to the results, with a few practices ticked (levels 1 to 4, one dimension not concerned). */
async function toResults(el: MspContinuumCheck, onEachStep?: (step: number) => Promise<void>, started = false): Promise<void> {
  if (!started) await click(el, '#start');
  const ticks: Record<number, string[]> = { 0: ['diag-partner-team'], 1: ['sp-consult-habits'], 2: ['acc-info-outreach'], 3: ['gov-collab-committee'] };
  for (let step = 0; step < 8; step++) {
    for (const practice of ticks[step] ?? []) await click(el, `#p-${practice}`);
    if (step === 5) await click(el, '#nc-formation');
    if (step === 6) await click(el, '#alibi-lone-user-0');
    if (step === 7) await click(el, '#obstacles input[value="time"]');
    await onEachStep?.(step);
    await click(el, '#next');
  }
  expect($(el, '#results-title'), 'the results').to.exist;
}

/** WCAG relative luminance and contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Each text of the chart as drawn: its font size in user units times the SVG's scale, in CSS px. */
function drawnTextSizes(el: MspContinuumCheck): number[] {
  const svg = $<SVGSVGElement>(el, 'svg.chart')!;
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return $$<SVGTextElement>(el, 'svg.chart text').map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
}

/** What sticks out past 320 px, to say why a page scrolls sideways. */
function tooWide(el: MspContinuumCheck): string {
  const all = [...document.body.querySelectorAll('*'), ...el.shadowRoot!.querySelectorAll('*')];
  return all
    .filter((node) => node.getBoundingClientRect().right > 320)
    .slice(0, 8)
    .map((node) => `${node.localName}.${node.getAttribute('class') ?? ''}#${node.id} ${Math.round(node.getBoundingClientRect().right)}`)
    .join(', ');
}

const languages = [
  { lang: undefined, name: 'fr', t: fr },
  { lang: 'en', name: 'en', t: en },
  { lang: 'ar', name: 'ar', t: ar },
] as const;

describe('msp-continuum-check: each language, axe-core in every main state', () => {
  for (const { lang, name, t } of languages) {
    it(`${name}: start, each kind of step, results, merge`, async function () {
      this.timeout(120_000);
      const el = await render({ lang });
      expect($(el, '#title')!.textContent).to.equal(t.title);
      await expect(el).to.be.accessible();
      await toResults(el, async (step) => {
        // A dimension, the alibi checks, the obstacles.
        if (step === 0 || step === 6 || step === 7) await expect(el).to.be.accessible();
      });
      expect($(el, '#results-title')!.textContent!.trim()).to.equal(t.resultsTitle);
      await expect(el).to.be.accessible();
      await click(el, '#new');
      await waitFor(() => Boolean($(el, '#start-merge')), 5000, 'the start screen');
      await click(el, '#start-merge');
      expect($(el, '#merge-title')!.textContent!.trim()).to.equal(t.mergeTitle);
      await expect(el).to.be.accessible();
    });
  }
});

describe('msp-continuum-check: Arabic, right to left', () => {
  afterEach(() => setViewport(800, 600));

  it('says everything in Arabic, right to left, with the chart mirrored', async function () {
    this.timeout(120_000);
    const el = await render({ lang: 'ar' });
    const root = $(el, '.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle($(el, '.continuum')!).direction).to.equal('rtl');
    expect($(el, '#start')!.textContent!.trim()).to.equal(ar.startIndividual);
    await click(el, '#start');
    expect($(el, '.progress')!.textContent).to.equal(ar.stepOf(1, 8));
    // The content too: the dimension, its levels and practices in Arabic.
    expect($(el, '#step-title')!.textContent!.trim()).to.equal(contentAr.dimensions.diagnostics.label);
    expect($(el, 'label[for="p-diag-info-announce"]')!.textContent).to.contain(contentAr.practices['diag-info-announce']);
    await screenshot('continuum-step-ar', el);
    await toResults(el, undefined, true);
    const svg = $<SVGSVGElement>(el, 'svg.chart')!;
    expect(svg.dataset['layout']).to.equal('wide');
    // Mirrored: every bar ends where level 0 is, on the right; the labels start at the right edge.
    const width = svg.viewBox.baseVal.width;
    const plotStart = width - 250;
    for (const bar of $$<SVGRectElement>(el, 'svg.chart rect.bar')) {
      expect(Number(bar.getAttribute('x')) + Number(bar.getAttribute('width')), bar.getAttribute('class')!).to.equal(plotStart);
    }
    const label = $<SVGTextElement>(el, 'svg.chart .row-label')!;
    expect(Number(label.getAttribute('x'))).to.equal(width);
    // On screen too: the first bar's right edge is right of its left edge, near the chart's right side.
    const chartBox = svg.getBoundingClientRect();
    const longest = $$<SVGRectElement>(el, 'svg.chart rect.level-4')[0]!.getBoundingClientRect();
    expect(longest.right).to.be.greaterThan(chartBox.left + chartBox.width / 2);
    expect(longest.left).to.be.greaterThan(chartBox.left);
    await screenshot('continuum-results-ar', el);
    await setViewport(320, 640);
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, 'svg.chart')!.dataset['layout']).to.equal('narrow');
    expect(document.scrollingElement!.scrollWidth, 'no sideways scroll at 320 px, Arabic').to.be.at.most(320);
    await screenshot('continuum-results-ar-320', el);
    await screenshot('continuum-results-ar-320-levels', $(el, '.levels')!);
  });

  it('Arabic strings and content: no French spacing, Arabic punctuation outside French names, every key given', () => {
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (typeof value === 'function') {
        for (const args of [[1, 2], ['la Fédération', '3 mars 2026'], [3], [12], [[1, 5, 14]], ['cpts'], [['une', 'deux']]]) {
          try {
            collect((value as (...a: unknown[]) => unknown)(...args));
          } catch {
            // Not the arguments this one takes.
          }
        }
      } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(ar);
    collect(contentAr);
    expect(Object.keys(ar).sort()).to.deep.equal(Object.keys(fr).sort());
    // The content: every practice, "how", dimension, check and obstacle of the French, and nothing else.
    for (const key of ['practices', 'how', 'dimensions', 'alibi', 'obstacles', 'origins', 'tools', 'levels'] as const) {
      expect(Object.keys(contentAr[key]).sort(), key).to.deep.equal(Object.keys(contentFr[key]).sort());
    }
    expect(strings.length).to.be.greaterThan(150);
    for (const text of strings) {
      expect(/[\u00a0\u202f]/.test(text), `French no-break space in: ${text}`).to.be.false;
      // French names and titles stay in « » (and "Coll’Occ", "Fécop"…); outside them, Arabic marks.
      const arabicPart = text.replace(/«[^»]*»/g, '').replace(/\([^)]*[A-Za-z][^)]*\)/g, '');
      expect(/[;?]/.test(arabicPart), `Latin ; or ? in: ${text}`).to.be.false;
      expect(/[\u0600-\u06ff]\s*,/.test(arabicPart), `Latin comma after Arabic in: ${text}`).to.be.false;
    }
    expect(ar.practiceCount(1)).to.equal('ممارسة واحدة');
    expect(ar.practiceCount(2)).to.equal('ممارستان');
    expect(ar.practiceCount(3)).to.equal('3 ممارسات');
    expect(ar.practiceCount(11)).to.equal('11 ممارسة');
    expect(ar.fichesLabel([1, 5, 14])).to.equal('HAS، 2023، البطاقات رقم 1، 5 و14');
  });
});

describe('msp-continuum-check: the results at 320 px', () => {
  afterEach(() => setViewport(800, 600));

  it('no sideways scroll, the chart scales with text of 12 px or more, the table scrolls in its own named box', async function () {
    this.timeout(120_000);
    await setViewport(320, 640);
    const el = await render();
    await toResults(el);
    expect(innerWidth, 'viewport').to.equal(320);
    expect(document.scrollingElement!.scrollWidth, `page width; too wide: ${tooWide(el)}`).to.be.at.most(320);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
    const svg = $<SVGSVGElement>(el, 'svg.chart')!;
    expect(svg.dataset['layout']).to.equal('narrow');
    expect(svg.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+/);
    const box = $(el, '.chart-box')!.getBoundingClientRect();
    expect(svg.getBoundingClientRect().width, 'the chart fits its box').to.be.at.most(box.width + 0.5);
    const sizes = drawnTextSizes(el);
    expect(sizes.length).to.be.greaterThan(12);
    expect(Math.min(...sizes), `chart text drawn at ${Math.min(...sizes).toFixed(1)} px`).to.be.at.least(12);
    // Measured on the page as well: a level's name is at least 12 px tall.
    expect($(el, 'svg.chart .value')!.getBoundingClientRect().height).to.be.at.least(12);
    // Every label whole: the longest dimension name is wrapped, not cut.
    const labels = $$(el, 'svg.chart .row-label').map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent!.trim()).join(' '));
    expect(labels).to.include(contentFr.dimensions['sante-publique'].label);
    // The table: in a focusable region named by its caption, which scrolls rather than the page.
    const region = $(el, '.table-scroll:has(.chart-table)')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.tabIndex).to.equal(0);
    const caption = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(caption.textContent!.trim()).to.equal(fr.tableCaption);
    expect(getComputedStyle(region).overflowX).to.equal('auto');
    expect(region.getBoundingClientRect().right).to.be.at.most(320);
    for (const other of $$(el, '.results > *, .results section')) expect(other.getBoundingClientRect().right, other.className).to.be.at.most(320);
    await expect(el).to.be.accessible();
    await screenshot('continuum-results-320', el);
    await screenshot('continuum-results-320-levels', $(el, '.levels')!);
  });

  it('wide again on a wide screen: labels beside the bars, text still 12 px or more', async () => {
    const el = await render();
    await toResults(el);
    expect($(el, 'svg.chart')!.dataset['layout']).to.equal('wide');
    expect(Math.min(...drawnTextSizes(el))).to.be.at.least(12);
  });
});

describe('msp-continuum-check: forced colours', () => {
  afterEach(() => emulateMedia());

  it('draws the chart with system colours: its text and bars stay visible', async () => {
    const el = await render();
    await toResults(el);
    await emulateMedia({ 'forced-colors': 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const background = getComputedStyle($(el, '.chart-box')!).backgroundColor;
    for (const selector of ['svg.chart .row-label', 'svg.chart .value', 'svg.chart .axis-label']) {
      const fill = getComputedStyle($(el, selector)!).fill;
      const ratio = contrast(fill, background);
      expect(ratio, `${selector}: ${fill} on ${background}, ${ratio.toFixed(1)}:1`).to.be.at.least(4.5);
    }
    const bar = getComputedStyle($(el, 'svg.chart rect.level-4')!);
    expect(contrast(bar.fill, background), `bars: ${bar.fill} on ${background}`).to.be.at.least(3);
    expect(contrast(bar.stroke, background), `bar edges: ${bar.stroke}`).to.be.at.least(4.5);
    await screenshot('continuum-results-forced-colors', $(el, '.levels')!);
    await emulateMedia();
  });
});

describe('msp-continuum-check: headings and content on demand', () => {
  it('heading-level sets every heading; hide-heading leaves the title out and keeps a name', async () => {
    const el = await render();
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect($(el, '#title')!.localName).to.equal('h3');
    await toResults(el);
    expect($(el, '#results-title')!.localName).to.equal('h4');
    expect($(el, '#levels-title')!.localName).to.equal('h5');
    el.setAttribute('hide-heading', '');
    await el.updateComplete;
    expect($(el, '#title')).to.be.null;
    expect($(el, '.continuum')!.getAttribute('aria-label')).to.equal(fr.title);
    expect($(el, '#results-title')!.localName).to.equal('h4');
    // Back to the start: with no title to focus, the start button takes focus.
    await click(el, '#new');
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'start', 5000, 'the start button to take focus');
    await expect(el).to.be.accessible();
  });

  it('while the content is on its way: a short loading line, never a blank box; a retry when it could not come', async () => {
    let retried = 0;
    const loading = await fixture(html`<div>${renderLoading({ t: ar, state: { failed: false }, on: { retry: () => retried++ } })}</div>`);
    const line = loading.querySelector('.loading')!;
    expect(line.getAttribute('role')).to.equal('status');
    expect(line.textContent).to.equal(ar.loadingContent);
    await expect(loading).to.be.accessible();
    const failed = await fixture(html`<div>${renderLoading({ t: fr, state: { failed: true }, on: { retry: () => retried++ } })}</div>`);
    expect(failed.textContent).to.contain(fr.contentFailed);
    failed.querySelector<HTMLButtonElement>('#retry-content')!.click();
    expect(retried).to.equal(1);
    await expect(failed).to.be.accessible();
  });

  it('the content comes in the widget’s language, from a chunk of its own', async () => {
    const el = await render({ lang: 'en' });
    await click(el, '#start');
    expect($(el, '#step-title')!.textContent!.trim()).to.equal(contentEn.dimensions.diagnostics.label);
    expect($(el, 'label[for="p-diag-info-announce"]')!.textContent).to.contain(contentEn.practices['diag-info-announce']);
    el.lang = 'fr';
    await el.updateComplete;
    expect($(el, '#step-title')!.textContent!.trim()).to.equal(contentFr.dimensions.diagnostics.label);
    // Fetched as modules of their own (the size script shows them as chunks apart from the widget's).
    const sources = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(sources.some((name) => name.includes('continuum-content.en'))).to.be.true;
  });
});
