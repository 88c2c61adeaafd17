import { expect } from '@open-wc/testing';
import { TestCollector, freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { applyMode, forgetLanguageChoice, modes, type Mode } from '../../../test/helpers/modes.js';
import { emulateMedia, screenshot } from '../../../test/helpers/page.js';
import { fakeSpeech } from '../../../test/helpers/speech.js';
import type { MspErrorEvent } from '../../core/events.js';
import './idea-box.js';
import type { MspIdeaBox } from './idea-box.component.js';
import { ideaBoxAr } from './translations/ar.js';
import { ideaBoxEasy } from './translations/easy.js';
import { ideaBoxEn } from './translations/en.js';
import { ideaBoxFr, type IdeaBoxStrings } from './translations/fr.js';

// Issue 14 for the idea box: every state in every language and mode passes axe, Arabic is mirrored,
// the person's language choice outlives a reload and goes into the envelope, read-aloud speaks the
// right text in the right language, nothing tells the person an HTTP code. Issue 16: the personal-data
// check is not downloaded before the first keystroke.

const FEED = '/src/widgets/idea-box/fixtures/feed.json';
const BROKEN_FEED = '/src/widgets/idea-box/fixtures/broken-feed.json';
const participation = { recipient: 'la coordinatrice', retention: '12 mois', rightsContact: 'accueil@msp.example' };
const strings: Record<string, IdeaBoxStrings> = { fr: ideaBoxFr, 'fr easy-read': ideaBoxEasy, en: ideaBoxEn, ar: ideaBoxAr };
const tags: Record<string, string> = { fr: 'fr', 'fr easy-read': 'fr-FALC', en: 'en', ar: 'ar' };

interface Options {
  endpoint?: string;
  feed?: string;
  config?: Record<string, unknown>;
  attributes?: Record<string, string>;
}

/** Mounts a box in its own holder (removing the holder and mounting again is a reload). */
async function mount(options: Options = {}, mode?: Mode): Promise<MspIdeaBox> {
  const holder = document.createElement('div');
  holder.className = 'idea-box-holder';
  const el = document.createElement('msp-idea-box');
  el.setAttribute('db-name', freshDbName('idea-lang'));
  if (options.endpoint) el.setAttribute('endpoint', options.endpoint);
  if (options.feed) el.setAttribute('feed', options.feed);
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  el.config = { minSecondsToSubmit: 0, ...options.config };
  holder.append(el);
  document.body.append(holder);
  if (mode) await applyMode(el, mode);
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: MspIdeaBox, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(el: MspIdeaBox, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function fill(el: MspIdeaBox, theme: string, text: string): Promise<void> {
  $<HTMLInputElement>(el, `#theme input[value="${theme}"]`)!.click();
  const area = $<HTMLTextAreaElement>(el, '#idea')!;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function submit(el: MspIdeaBox): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
}

async function sendIdea(el: MspIdeaBox, text = 'Un banc devant la porte'): Promise<void> {
  await fill(el, 'accueil', text);
  await submit(el);
  await waitFor(() => Boolean($(el, '#done-title')), 10_000, 'the confirmation');
  await el.updateComplete;
}

const readAloudButtons = (el: MspIdeaBox) => $$<HTMLButtonElement>(el, '[part~=read-aloud]');
/** What a person is told: no HTTP code, no "serveur", no "erreur". */
const plain = (text: string) => !/\b[45]\d\d\b|serveur|server|erreur|error|HTTP/i.test(text);

describe('msp-idea-box: the personal-data check is not in the first download (issue 16)', () => {
  it('loads it on the first keystroke, and still warns', async () => {
    const loaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/personal-data.'));
    const el = await mount();
    expect(loaded(), 'not loaded with the widget').to.be.false;
    await fill(el, 'accueil', 'Rappelez-moi au 06 12 34 56 78');
    await waitFor(loaded, 5000, 'the check to load');
    await submit(el);
    await waitFor(() => Boolean($(el, '#warning')), 5000, 'the warning');
    expect($(el, '#warning')!.textContent).to.contain('un numéro de téléphone');
    el.parentElement!.remove();
  });
});

describe('msp-idea-box in each language and mode: every state passes axe', () => {
  let collector: TestCollector;
  let speech: ReturnType<typeof fakeSpeech>;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());
  // Voices for every language: the read-aloud buttons are drawn, and checked by axe too.
  beforeEach(() => (speech = fakeSpeech()));
  afterEach(async () => {
    speech.restore();
    forgetLanguageChoice();
    document.querySelectorAll('.idea-box-holder').forEach((holder) => holder.remove());
    await collector.fault({ mode: 'none' });
  });

  for (const mode of modes) {
    const t = strings[mode.name]!;
    const slug = mode.name.replace(/\s+/g, '-');

    describe(mode.name, () => {
      it('form with the answered ideas: its strings, lang, dir, pictograms; screenshot', async () => {
        const el = await mount({ feed: FEED }, mode);
        await waitFor(() => $$(el, '.feed-item').length > 0, 5000, 'the feed');
        const root = $(el, '.root')!;
        expect(root.getAttribute('lang')).to.equal(mode.lang ?? 'fr');
        expect(root.getAttribute('dir')).to.equal(mode.lang === 'ar' ? 'rtl' : 'ltr');
        expect(root.classList.contains('easy-read')).to.equal(Boolean(mode.easyRead));
        expect($(el, '.invitation')!.textContent).to.contain(t.invitation(undefined));
        expect($(el, 'label[for="theme-0"]')!.textContent).to.equal(t.defaultThemes['accueil']);
        expect($$(el, '.theme-option svg[aria-hidden=true]')).to.have.length(8);
        expect(el.submissionTarget.locale).to.equal(tags[mode.name]);
        await expect(el).to.be.accessible();
        await screenshot(`idea-box-${slug}`, el);
      });

      it('errors shown, with the summary read aloud', async () => {
        const el = await mount({}, mode);
        await submit(el);
        expect($(el, '#error-summary')!.textContent).to.contain(t.themeRequired).and.to.contain(t.ideaRequired);
        expect($(el, '.read-aloud-line [part~=read-aloud]')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('personal-data warning, and participation with its notice', async () => {
        const el = await mount({ config: { participation } }, mode);
        await fill(el, 'accueil', 'Écrivez-moi à jeanne@example.fr');
        await submit(el);
        await waitFor(() => Boolean($(el, '#warning')), 5000, 'the warning');
        expect($(el, '#warning')!.textContent).to.contain(t.warningKinds.email);
        $<HTMLInputElement>(el, '#participate input')!.click();
        await el.updateComplete;
        expect($(el, '[part=notice]')!.textContent).to.contain(t.noticeTitle);
        await expect(el).to.be.accessible();
      });

      it('sent: the confirmation says so plainly and explains the number', async () => {
        const el = await mount({ endpoint: collector.endpoint }, mode);
        await sendIdea(el);
        const text = $(el, '.confirmation')!.textContent!;
        expect(text).to.contain(t.outcomes.sent);
        expect($(el, '.reference')!.textContent).to.match(/[0-9A-F]{4}-[0-9A-F]{2}/);
        expect($(el, '.reference')!.textContent!.length, 'the number comes with what it is for').to.be.greaterThan(30);
        await expect(el).to.be.accessible();
        if (mode.lang === 'ar') await screenshot('idea-box-ar-sent', el);
      });

      it('queued: kept on the device, said without a code', async () => {
        // Every request fails while this test runs (an earlier idea retried later cannot take the fault).
        await collector.fault({ mode: 'error', status: 503, count: 1000 });
        const el = await mount({ endpoint: collector.endpoint }, mode);
        await sendIdea(el);
        const text = $(el, '.confirmation')!.textContent!;
        expect(text).to.contain(t.outcomes.queued);
        expect(plain(text), text).to.be.true;
        await expect(el).to.be.accessible();
      });

      it('refused: no HTTP code nor "serveur" shown; the code goes to msp-error and the console', async () => {
        await collector.fault({ mode: 'error', status: 422, count: 1000 });
        const el = await mount({ endpoint: collector.endpoint }, mode);
        const errors: MspErrorEvent[] = [];
        el.addEventListener('msp-error', (event) => errors.push(event));
        await sendIdea(el);
        const text = $(el, '.confirmation')!.textContent!;
        expect($(el, '.confirmation .notice.error'), 'said as a problem').to.exist;
        expect(plain(text), text).to.be.true;
        await waitFor(() => errors.length > 0, 5000, 'msp-error');
        expect(errors[0]!.detail.httpStatus).to.equal(422);
        await expect(el).to.be.accessible();
      });

      it('the answered ideas unavailable: said briefly, form still there', async () => {
        const original = console.error;
        console.error = () => {};
        try {
          const el = await mount({ feed: BROKEN_FEED }, mode);
          await waitFor(() => Boolean($(el, '[part=feed-unavailable]')), 5000, 'the feed notice');
          expect($(el, '[part=feed-unavailable]')!.textContent).to.contain(t.feedUnavailable);
          await expect(el).to.be.accessible();
        } finally {
          console.error = original;
        }
      });
    });
  }
});

describe('msp-idea-box in Arabic: right to left, mirrored', () => {
  afterEach(() => document.querySelectorAll('.idea-box-holder').forEach((holder) => holder.remove()));

  it('puts each label’s start on the right, the radio to the right of its label, the language bar on the left', async () => {
    const fr = await mount();
    const ar = await mount({ attributes: { lang: 'ar' } });
    expect($(ar, '.root')!.getAttribute('dir')).to.equal('rtl');
    const boxes = (el: MspIdeaBox) => {
      const root = $(el, '.root')!.getBoundingClientRect();
      const legend = $(el, '#theme legend')!.getBoundingClientRect();
      const radio = $(el, '#theme-0')!.getBoundingClientRect();
      const label = $(el, 'label[for="theme-0"] span')!.getBoundingClientRect();
      const select = $(el, '[part=language-select]')!.getBoundingClientRect();
      const ideaLabel = $(el, 'label[for=idea]')!.getBoundingClientRect();
      return { root, legend, radio, label, select, ideaLabel };
    };
    const left = boxes(fr);
    const right = boxes(ar);
    // French: text starts on the left edge; radio before (left of) its words.
    expect(left.legend.left - left.root.left).to.be.lessThan(40);
    expect(left.radio.right).to.be.at.most(left.label.left);
    // Arabic: the legend and the idea's label start at the right edge; the radio is right of its words.
    expect(right.root.right - right.legend.right).to.be.lessThan(40);
    expect(right.root.right - right.ideaLabel.right).to.be.lessThan(40);
    expect(right.radio.left).to.be.at.least(right.label.right);
    expect(right.root.right - right.radio.right).to.be.lessThan(40);
    // The language bar sits at the end of the line: right in French, left in Arabic.
    expect(left.select.right).to.be.greaterThan(left.root.left + left.root.width / 2);
    expect(right.select.left).to.be.lessThan(right.root.left + right.root.width / 2);
  });

  it('shows the idea’s number in its own order inside the Arabic sentence', async () => {
    const el = await mount({ attributes: { lang: 'ar' } });
    await sendIdea(el);
    const node = [...$(el, '.reference')!.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim())!;
    const text = node.textContent!;
    const start = text.search(/[0-9A-F]{4}-[0-9A-F]{2}/);
    const left = (index: number) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect().left;
    };
    // "3F9A-2C" reads left to right: its first character is left of its last (unisolated, it flips).
    expect(left(start)).to.be.lessThan(left(start + 6));
  });

  it('dates in Arabic with Latin digits', async () => {
    const el = await mount({ feed: FEED, attributes: { lang: 'ar' } });
    await waitFor(() => $$(el, '.feed-item').length > 0, 5000, 'the feed');
    const meta = $(el, '.feed-meta')!.textContent!;
    expect(meta).to.match(/وصلت في \d{1,2} \p{Script=Arabic}+ \d{4}/u);
    expect(meta).not.to.match(/[٠-٩]/u);
  });
});

describe('msp-idea-box: what the team wrote, in another language or in easy-read', () => {
  afterEach(() => document.querySelectorAll('.idea-box-holder').forEach((holder) => holder.remove()));
  const config = { invitation: 'Une idée pour le parking ? Dites-la-nous.', themes: [{ id: 'parking', label: 'Stationnement' }] };

  it('shows the team’s invitation in its language only, and marks its themes’ language elsewhere', async () => {
    for (const mode of modes) {
      const el = await mount({ config }, mode);
      const invitation = $(el, '.invitation')!.textContent!;
      const label = $(el, 'label[for="theme-0"] span')!;
      if (mode.name === 'fr') {
        expect(invitation).to.contain(config.invitation);
        expect(label.hasAttribute('lang')).to.be.false;
      } else {
        expect(invitation, mode.name).to.contain(strings[mode.name]!.invitation(undefined));
        expect(label.getAttribute('lang'), mode.name).to.equal(mode.easyRead ? null : 'fr');
      }
      expect(label.textContent).to.equal('Stationnement');
      el.parentElement!.remove();
    }
  });
});

describe('msp-idea-box: the person’s language choice', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());
  afterEach(() => {
    forgetLanguageChoice();
    document.querySelectorAll('.idea-box-holder').forEach((holder) => holder.remove());
  });

  it('is remembered across a reload, and the envelope records the language used (ar, fr-FALC)', async () => {
    const first = await mount({ endpoint: collector.endpoint });
    const select = $<HTMLSelectElement>(first, '[part=language-select]')!;
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await first.updateComplete;
    expect($(first, '.root')!.getAttribute('dir')).to.equal('rtl');
    await sendIdea(first, 'مقاعد أكثر في قاعة الانتظار');
    // A reload: the element goes, a new one comes on a page that says French; the choice wins.
    first.parentElement!.remove();
    const again = await mount({ endpoint: collector.endpoint });
    expect($(again, 'label[for=idea]')!.textContent).to.contain(ideaBoxAr.ideaLabel);
    expect($(again, '.root')!.getAttribute('dir')).to.equal('rtl');
    // Back to French, easy-read on: the switch appears in French only.
    const select2 = $<HTMLSelectElement>(again, '[part=language-select]')!;
    select2.value = 'fr';
    select2.dispatchEvent(new Event('change'));
    await again.updateComplete;
    $<HTMLButtonElement>(again, '[part~=easy-read]')!.click();
    await again.updateComplete;
    expect($(again, '.invitation')!.textContent).to.contain(ideaBoxEasy.invitation(undefined));
    await sendIdea(again, 'Des chaises plus hautes');
    again.parentElement!.remove();
    const third = await mount({ endpoint: collector.endpoint, attributes: { lang: 'en' } });
    expect($(third, '.root')!.classList.contains('easy-read'), 'easy-read remembered over the page’s lang').to.be.true;

    await waitFor(async () => (await collector.records()).length >= 2, 10_000, 'both ideas stored');
    const records = await collector.records();
    const byText = Object.fromEntries(records.map((record) => [(record.payload as { text: string }).text, record]));
    expect(byText['مقاعد أكثر في قاعة الانتظار']!.locale).to.equal('ar');
    expect(byText['Des chaises plus hautes']!.locale).to.equal('fr-FALC');
    // The team reads the theme in its own words whatever language the person used.
    expect((byText['مقاعد أكثر في قاعة الانتظار']!.payload as { themeLabel: string }).themeLabel).to.equal('Accueil');
  });
});

describe('msp-idea-box: read-aloud', () => {
  let speech: ReturnType<typeof fakeSpeech>;
  beforeEach(() => (speech = fakeSpeech(['fr-FR', 'en-GB', 'ar-SA'])));
  afterEach(() => {
    speech.restore();
    forgetLanguageChoice();
    document.querySelectorAll('.idea-box-holder').forEach((holder) => holder.remove());
  });

  it('reads the invitation, the question and the hint in the widget’s language and mode', async () => {
    const expected: Array<{ text: string; lang: string }> = [];
    for (const mode of modes) {
      const t = strings[mode.name]!;
      const el = await mount({}, mode);
      const lang = { fr: 'fr-FR', en: 'en-GB', ar: 'ar' }[mode.lang ?? 'fr'];
      const invitation = $(el, '.invitation [part~=read-aloud]')!;
      expect(invitation.getAttribute('aria-label')).to.contain(t.title);
      invitation.click();
      expected.push({ text: `${t.invitation(undefined)} ${t.anonymous}`, lang });
      $$(el, '.question > [part~=read-aloud]')[1]!.click();
      expected.push({ text: `${t.ideaLabel}. ${t.ideaHint}`, lang });
      el.parentElement!.remove();
    }
    expect(speech.spoken).to.deep.equal(expected);
  });

  it('reads the theme question with its choices, and the confirmation with its number', async () => {
    const collector = await TestCollector.start();
    try {
      const el = await mount({ endpoint: collector.endpoint }, { name: 'fr easy-read', easyRead: true });
      $$(el, '.question > [part~=read-aloud]')[0]!.click();
      expect(speech.spoken.at(-1)!.text).to.equal(`${ideaBoxEasy.themeLegend} ${Object.values(ideaBoxEasy.defaultThemes).join(', ')}.`);
      await sendIdea(el);
      $(el, '.confirmation [part~=read-aloud]')!.click();
      const said = speech.spoken.at(-1)!;
      expect(said.lang).to.equal('fr-FR');
      expect(said.text)
        .to.contain(ideaBoxEasy.outcomes.sent)
        .and.to.match(/Le numéro de votre idée est [0-9A-F]{4}-[0-9A-F]{2}\./);
    } finally {
      await collector.stop();
    }
  });

  it('draws no button when the browser has no voice for the language', async () => {
    speech.restore();
    speech = fakeSpeech(['fr-FR']);
    const el = await mount({ attributes: { lang: 'ar' } });
    expect(readAloudButtons(el)).to.have.length(0);
    el.lang = 'fr';
    await el.updateComplete;
    expect(readAloudButtons(el).length).to.be.greaterThan(2);
  });
});

describe('msp-idea-box: heading-level and hide-heading', () => {
  afterEach(() => document.querySelectorAll('.idea-box-holder').forEach((holder) => holder.remove()));

  it('puts every heading at the level asked; hide-heading removes the title and keeps a name', async () => {
    const el = await mount({ feed: FEED, config: { participation }, attributes: { 'heading-level': '3' } });
    $<HTMLInputElement>(el, '#participate input')!.click();
    await el.updateComplete;
    const levels = () => $$(el, 'h2, h3, h4, h5, h6').map((h) => `${h.localName}:${h.textContent!.trim()}`);
    expect(levels()).to.include.members([`h3:${ideaBoxFr.title}`, `h4:${ideaBoxFr.noticeTitle}`, `h3:${ideaBoxFr.feedTitle}`]);
    el.hideHeading = true;
    await el.updateComplete;
    expect(levels()).not.to.include(`h3:${ideaBoxFr.title}`);
    expect($(el, 'section.idea-box')!.getAttribute('aria-label')).to.equal(ideaBoxFr.title);
    await expect(el).to.be.accessible();
  });
});

describe('msp-idea-box: theme pictograms under forced colours', () => {
  afterEach(async () => {
    await emulateMedia();
    document.querySelectorAll('.idea-box-holder').forEach((holder) => holder.remove());
  });

  it('draw in the text’s system colour, and keep their size in easy-read', async () => {
    const el = await mount();
    const pictogram = () => $(el, '.theme-option svg')!;
    const size = pictogram().getBoundingClientRect().width;
    await emulateMedia({ 'forced-colors': 'active' });
    await waitFor(() => matchMedia('(forced-colors: active)').matches, 3000, 'forced colours');
    const label = $(el, 'label[for="theme-0"] span')!;
    expect(getComputedStyle(pictogram()).color).to.equal(getComputedStyle(label).color);
    el.easyRead = true;
    await el.updateComplete;
    expect(pictogram().getBoundingClientRect().width, 'bigger in easy-read').to.be.greaterThan(size * 1.4);
  });
});
