import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TestCollector, freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { applyMode, forgetLanguageChoice, modes, type Mode } from '../../../test/helpers/modes.js';
import { emulateMedia, screenshot, setViewport } from '../../../test/helpers/page.js';
import { fakeSpeech } from '../../../test/helpers/speech.js';
import './satisfaction-survey.js';
import type { MspSatisfactionSurvey } from './satisfaction-survey.component.js';
import { OTHER_OPTION, type SatisfactionSurveyPayload, type SurveyDefinitionInput } from './satisfaction-survey.schema.js';
import { surveyAr } from './translations/ar.js';
import { surveyEasy } from './translations/easy.js';
import { surveyEn } from './translations/en.js';
import { surveyFr, type SurveyStrings } from './translations/fr.js';
import { surveyAnswersAr } from './translations/answers.ar.js';
import { surveyAnswersEasy } from './translations/answers.easy.js';
import { surveyAnswersEn } from './translations/answers.en.js';
import { surveyAnswersFr, type SurveyAnswersStrings } from './translations/answers.fr.js';
import { surveyLaterAr } from './translations/later.ar.js';
import { surveyLaterEasy } from './translations/later.easy.js';
import { surveyLaterEn } from './translations/later.en.js';
import { surveyLaterFr, type SurveyLaterStrings } from './translations/later.fr.js';
import { spokenQuestion } from './views/questions.view.js';

// Issue 14 (and the survey's parts of 15): the survey in French, French easy-read, English and
// Arabic — axe in every state, right to left, the person's choice remembered, read-aloud, the faces
// in forced colours, a 260 px column, kiosk targets, and the team's own translations.

const strings: Record<string, SurveyStrings> = { fr: surveyFr, 'fr easy-read': surveyEasy, en: surveyEn, ar: surveyAr };
/** The later screens' words (thanks, already answered, invitation, kiosk), which load with those screens. */
const laterStrings: Record<string, SurveyLaterStrings> = { fr: surveyLaterFr, 'fr easy-read': surveyLaterEasy, en: surveyLaterEn, ar: surveyLaterAr };
/** The words said after "Suivant" or "Envoyer" (a step's problems), which load with answers.ts. */
const answerStrings: Record<string, SurveyAnswersStrings> = {
  fr: surveyAnswersFr,
  'fr easy-read': surveyAnswersEasy,
  en: surveyAnswersEn,
  ar: surveyAnswersAr,
};
const tags: Record<string, string> = { fr: 'fr', 'fr easy-read': 'fr-FALC', en: 'en', ar: 'ar' };
const voices: Record<string, string> = { fr: 'fr-FR', 'fr easy-read': 'fr-FR', en: 'en-GB', ar: 'ar' };
const slug = (mode: Mode) => mode.name.replace(' ', '-');

/** A one-step questionnaire of the team's, translated by the team (and one question left in French). */
const translated: SurveyDefinitionInput = {
  id: 'court',
  title: { fr: 'Votre avis', 'fr-FALC': 'Votre avis en 1 minute', en: 'Your opinion', ar: 'رأيك' },
  sections: [
    {
      id: 'avis',
      title: { fr: 'Votre avis', en: 'Your opinion', ar: 'رأيك' },
      questions: [
        {
          id: 'global',
          type: 'rating',
          required: true,
          label: {
            fr: 'Que pensez-vous de l’accueil ?',
            'fr-FALC': 'Comment trouvez-vous l’accueil ?',
            en: 'What do you think of the welcome?',
            ar: 'ما رأيك في الاستقبال؟',
          },
        },
        {
          id: 'venu',
          type: 'yesno',
          label: { fr: 'Êtes-vous venu en bus ?', en: 'Did you come by bus?' },
        },
      ],
    },
  ],
};

/** Every kind of control, for the kiosk's target sizes. */
const everyControl: SurveyDefinitionInput = {
  id: 'borne',
  title: 'Votre avis',
  sections: [
    {
      id: 'avis',
      title: 'Votre avis',
      questions: [
        { id: 'note', type: 'rating', label: 'L’accueil ?', notConcerned: true, required: true },
        { id: 'oui', type: 'yesno', label: 'Facile de nous joindre ?', notConcerned: true },
        {
          id: 'un',
          type: 'single',
          label: 'Comment venez-vous ?',
          options: [
            { id: 'bus', label: 'Bus' },
            { id: 'pied', label: 'À pied' },
          ],
        },
        {
          id: 'plusieurs',
          type: 'multiple',
          label: 'Quels thèmes ?',
          options: [
            { id: 'a', label: 'Sommeil' },
            { id: 'b', label: 'Stress' },
          ],
          other: true,
        },
        { id: 'mot', type: 'short-text', label: 'Un mot ?' },
      ],
    },
  ],
};

const holders: HTMLElement[] = [];

async function mount(options: { endpoint?: string; dbName?: string; campaign?: string; config?: Record<string, unknown>; width?: number } = {}) {
  const holder = await fixture<HTMLDivElement>(
    html`<div style=${ifDefined(options.width ? `inline-size: ${options.width}px` : undefined)}>
      <msp-satisfaction-survey
        db-name=${options.dbName ?? freshDbName('survey-lang')}
        endpoint=${ifDefined(options.endpoint)}
        campaign=${options.campaign ?? 'essai'}
        .config=${{ minSecondsToSubmit: 0, ...options.config }}
      ></msp-satisfaction-survey>
    </div>`,
  );
  holders.push(holder);
  const el = holder.querySelector<MspSatisfactionSurvey>('msp-satisfaction-survey')!;
  await el.updateComplete;
  return el;
}

async function ready(el: MspSatisfactionSurvey, mode?: Mode): Promise<void> {
  if (mode) await applyMode(el, mode);
  await waitFor(() => !$(el, '.loading') && Boolean($(el, '#step-title, [part="already"]')), 5000, 'the survey to be ready');
  await el.updateComplete;
}

const $ = <T extends Element = HTMLElement>(el: MspSatisfactionSurvey, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector);
const $$ = <T extends Element = HTMLElement>(el: MspSatisfactionSurvey, selector: string) => [...el.shadowRoot!.querySelectorAll<T & HTMLElement>(selector)];
const text = (el: MspSatisfactionSurvey, selector = '.root') => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ');
/** A catalogue string as it reads on the page (no-break spaces read as spaces). */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

async function next(el: MspSatisfactionSurvey): Promise<void> {
  $<HTMLButtonElement>(el, 'button[part~="next-button"]')!.click();
  await el.updateComplete;
  await settle();
}
async function rate(el: MspSatisfactionSurvey, questionId: string, value: number): Promise<void> {
  $<HTMLInputElement>(el, `#q-${questionId}-${value}`)!.click();
  await el.updateComplete;
}
const status = (el: MspSatisfactionSurvey) => plain($(el, '[role="status"]')?.textContent ?? '');

/**
 * The words of `element`'s text drawn on more than one line (a word cut in two). A break after a
 * hyphen ("trouvez-/vous") is where French typesetting breaks: each part between hyphens must be whole.
 */
function wordsCut(element: Element): string[] {
  const cut: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(/[^\s-]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) cut.push(match[0]);
    }
  }
  return cut;
}

/** What a finger can hit: a control with its label(s) (clicking the words ticks the box). */
function clickableBox(control: HTMLElement): DOMRect {
  const rects = [control.getBoundingClientRect(), ...[...((control as HTMLInputElement).labels ?? [])].map((l) => l.getBoundingClientRect())];
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  return new DOMRect(left, top, Math.max(...rects.map((r) => r.right)) - left, Math.max(...rects.map((r) => r.bottom)) - top);
}

function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
function backgroundOf(node: Element): string {
  for (let el: Element | null = node; el; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null) {
    const bg = getComputedStyle(el).backgroundColor;
    if (!/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}

describe('msp-satisfaction-survey in every language and mode', function () {
  // Five steps, axe at each, a real collector: a busy two-core machine needs more than the default.
  this.timeout(90_000);
  let collector: TestCollector;
  let speech: ReturnType<typeof fakeSpeech>;

  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());
  beforeEach(() => {
    // Voices for every language, so the read-aloud buttons are drawn (and checked by axe).
    speech = fakeSpeech();
  });
  afterEach(async () => {
    speech.restore();
    forgetLanguageChoice();
    holders.splice(0).forEach((holder) => holder.remove());
    await collector.up();
    await collector.fault({ mode: 'none' });
    await emulateMedia();
    await setViewport(800, 600);
  });

  for (const mode of modes) {
    const t = strings[mode.name]!;
    const later = laterStrings[mode.name]!;
    const answerWords = answerStrings[mode.name]!;

    it(`${mode.name}: every step, its errors, the thanks, then "already answered" — axe at each, the envelope's locale, screenshots`, async () => {
      const dbName = freshDbName('survey-lang');
      const campaign = `langue-${slug(mode)}`;
      const el = await mount({ endpoint: collector.endpoint, dbName, campaign });
      await ready(el, mode);
      const root = $(el, '.root')!;
      expect(root.getAttribute('lang')).to.equal(mode.lang ?? 'fr');
      expect(root.getAttribute('dir')).to.equal(mode.lang === 'ar' ? 'rtl' : 'ltr');
      expect(root.classList.contains('easy-read')).to.equal(Boolean(mode.easyRead));
      expect(text(el, '#survey-title')).to.equal(plain(t.defaultSurvey.title));
      const sections = t.defaultSurvey.sections;
      await screenshot(`survey-${slug(mode)}`, el);
      for (let step = 1; step <= sections.length; step++) {
        expect(text(el, '#step-title'))
          .to.contain(plain(t.step(step, sections.length)))
          .and.to.contain(plain(sections[step - 1]!.title));
        // A read-aloud button beside each question of the step.
        expect($$(el, '.question > [part~="read-aloud"]')).to.have.length($$(el, '.question').length);
        await expect(el, `${mode.name}: step ${step}`).to.be.accessible();
        if (step === 4) {
          await next(el); // the overall satisfaction is required
          expect($(el, '#error-summary')).to.exist;
          expect(text(el, '#error-summary')).to.contain(plain(answerWords.problems.requiredRating));
          await expect(el, `${mode.name}: errors`).to.be.accessible();
          await screenshot(`survey-${slug(mode)}-errors`, el);
          await rate(el, 'satisfaction-globale', 4);
        }
        await next(el);
      }
      await waitFor(() => Boolean($(el, '#thanks-title')), 5000, 'the thank-you screen');
      await waitFor(() => status(el).includes(plain(later.outcome.sent)), 5000, 'the outcome');
      expect(text(el, '#thanks-title')).to.equal(plain(later.thanksTitle));
      await expect(el, `${mode.name}: thanks`).to.be.accessible();
      await screenshot(`survey-${slug(mode)}-thanks`, el);

      const envelope = (await collector.records()).find((r) => r.payload.campaign === campaign)!;
      expect(envelope.locale, 'the language used').to.equal(tags[mode.name]);
      // Filed with the French words whatever the language: the team reads its results in French.
      expect(envelope.payload.surveyTitle).to.equal(surveyFr.defaultSurvey.title);
      expect((envelope.payload as SatisfactionSurveyPayload).answers.find((a) => a.questionId === 'satisfaction-globale')!.label).to.equal(
        surveyFr.defaultSurvey.sections[3]!.questions[0]!.label,
      );

      holders.splice(0).forEach((holder) => holder.remove());
      const again = await mount({ endpoint: collector.endpoint, dbName, campaign });
      await ready(again, mode);
      await waitFor(() => Boolean($(again, '[part="already"]')), 3000, 'the already-answered screen');
      expect(text(again, '[part="already"]')).to.contain(plain(later.already));
      expect($(again, '[part="already"] [part~="read-aloud"]')).to.exist;
      await expect(again, `${mode.name}: already answered`).to.be.accessible();
    });

    it(`${mode.name}: queued, refused and kiosk — plain words, no code, axe at each`, async () => {
      const el = await mount({ endpoint: collector.endpoint, config: { definition: translated } });
      await ready(el, mode);
      await rate(el, 'global', 4);
      await collector.down();
      await next(el);
      await waitFor(() => status(el).includes(plain(later.outcome.queued)), 8000, 'queued');
      expect($(el, '.status-row [part~="read-aloud"]'), 'the outcome can be heard').to.exist;
      await expect(el, `${mode.name}: queued`).to.be.accessible();
      await collector.up();

      const refused = await mount({ endpoint: collector.endpoint, config: { definition: translated } });
      await ready(refused, mode);
      await rate(refused, 'global', 2);
      await collector.fault({ mode: 'error', status: 422, count: 1 });
      await next(refused);
      await waitFor(() => status(refused).includes(plain(later.outcome.rejected)), 8000, 'the refusal');
      expect(status(refused), 'no code shown to the person').to.not.match(/\b4\d\d\b|erreur|error|serveur|server|خطأ/i);
      await expect(refused, `${mode.name}: refused`).to.be.accessible();

      const kiosk = await mount({ config: { kiosk: true, definition: everyControl } });
      await ready(kiosk, mode);
      await expect(kiosk, `${mode.name}: kiosk`).to.be.accessible();
      await next(kiosk);
      expect($(kiosk, '#error-summary')).to.exist;
      await expect(kiosk, `${mode.name}: kiosk errors`).to.be.accessible();
    });

    it(`${mode.name}: kiosk — every control is a 44×44 px target at least (label and box together)`, async () => {
      const el = await mount({ config: { kiosk: true, definition: everyControl } });
      await ready(el, mode);
      $<HTMLInputElement>(el, `#q-plusieurs input[value="${OTHER_OPTION}"]`)!.click();
      await el.updateComplete;
      const controls = $$(el, 'input:not(#msp-hp), button, select, summary');
      const small: string[] = [];
      const sizes: number[] = [];
      for (const control of controls) {
        const kind = (control as HTMLInputElement).type;
        const box = kind === 'radio' || kind === 'checkbox' ? clickableBox(control) : control.getBoundingClientRect();
        sizes.push(Math.min(box.width, box.height));
        if (box.width < 44 || box.height < 44)
          small.push(`${control.id || control.getAttribute('part') || control.tagName}: ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
      }
      expect(controls.length).to.be.at.least(15);
      expect(small).to.deep.equal([]);
      console.log(`[survey kiosk ${mode.name}] ${controls.length} controls, smallest side ${Math.min(...sizes).toFixed(1)} px`);
      if (mode.name === 'fr') await screenshot('survey-kiosk', el);
    });

    it(`${mode.name}: in a 260 px column of an 800 px page, no label overflows and no word is cut`, async () => {
      const el = await mount({ width: 260 });
      await ready(el, mode);
      // The honeypot's label sits off-screen on purpose (people never see it).
      for (const label of $$(el, ':not(.honeypot) > label, legend, .word, button, .step-name')) {
        expect(label.scrollWidth, `${mode.name}: ${label.textContent}`).to.be.at.most(label.clientWidth + 1);
      }
      const cut = $$(el, ':not(.honeypot) > label, legend, .word, #step-title').flatMap((label) => wordsCut(label));
      expect(cut, `${mode.name}: words cut`).to.deep.equal([]);
      const root = $(el, '.root')!;
      expect(root.scrollWidth, 'nothing sticks out').to.be.at.most(root.clientWidth + 1);
      await screenshot(`survey-${slug(mode)}-260px`, el);
    });
  }

  it('Arabic: right to left, the layout mirrored (faces, read-aloud, buttons)', async () => {
    const el = await mount();
    await ready(el, { name: 'ar', lang: 'ar' });
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    const x = (selector: string) => $(el, selector)!.getBoundingClientRect();
    expect(x('label[for="q-accueil-1"]').left, '"very bad" on the right').to.be.greaterThan(x('label[for="q-accueil-5"]').left);
    const question = $(el, '.question[data-question="accueil"]')!;
    const body = question.querySelector('.question-body')!.getBoundingClientRect();
    const button = question.querySelector('[part~="read-aloud"]')!.getBoundingClientRect();
    expect(button.right, 'the read-aloud button on the left, where the line ends').to.be.at.most(body.left + 1);
    const legend = question.querySelector('legend')!.getBoundingClientRect();
    const fieldset = question.querySelector('fieldset')!.getBoundingClientRect();
    expect(fieldset.right - legend.right, 'the question starts on the right').to.be.lessThan(legend.left - fieldset.left);
    await next(el);
    expect(x('[part~="previous-button"]').left, '"السابق" first, on the right').to.be.greaterThan(x('[part~="next-button"]').left);
    expect(text(el, '#step-title')).to.contain('الخطوة 2 من 5');
  });

  it('the language chosen in the bar is remembered across a reload, and the envelope records it', async () => {
    const el = await mount({ endpoint: collector.endpoint, config: { definition: translated } });
    await ready(el);
    const select = $<HTMLSelectElement>(el, '[part="language-select"]')!;
    select.value = 'ar';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect($(el, '.root')!.getAttribute('lang')).to.equal('ar');
    expect(text(el, '#survey-title')).to.equal('رأيك');
    el.remove(); // a reload: a new element on the page

    const reloaded = await mount({ endpoint: collector.endpoint, campaign: 'choix-ar', config: { definition: translated } });
    await ready(reloaded);
    expect($(reloaded, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect(text(reloaded, 'legend')).to.contain('ما رأيك في الاستقبال؟');
    await rate(reloaded, 'global', 5);
    await next(reloaded);
    await waitFor(() => Boolean($(reloaded, '#thanks-title')), 8000, 'the thanks');
    // The choice lives in the origin's localStorage, which other test pages share: forget it at once.
    forgetLanguageChoice();
    await waitFor(async () => (await collector.records()).some((r) => r.payload.campaign === 'choix-ar'), 8000, 'the envelope');
    const sent = (await collector.records()).find((r) => r.payload.campaign === 'choix-ar')!;
    expect(sent.locale).to.equal('ar');
    expect((sent.payload as SatisfactionSurveyPayload).answers[0]!.label, 'filed in French').to.equal('Que pensez-vous de l’accueil ?');

    // Back to French, then easy-read: the switch is remembered too and the envelope says fr-FALC.
    const easy = await mount({ endpoint: collector.endpoint, campaign: 'choix-facile', config: { definition: translated } });
    await ready(easy);
    $<HTMLButtonElement>(easy, '[part~="easy-read"]')!.click();
    await easy.updateComplete;
    easy.remove();
    const easyAgain = await mount({ endpoint: collector.endpoint, campaign: 'choix-facile', config: { definition: translated } });
    await ready(easyAgain);
    expect($(easyAgain, '[part~="easy-read"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(text(easyAgain, 'legend')).to.contain('Comment trouvez-vous l’accueil');
    await rate(easyAgain, 'global', 3);
    await next(easyAgain);
    await waitFor(() => Boolean($(easyAgain, '#thanks-title')), 8000, 'the thanks');
    forgetLanguageChoice();
    await waitFor(async () => (await collector.records()).some((r) => r.payload.campaign === 'choix-facile'), 8000, 'the envelope');
    expect((await collector.records()).find((r) => r.payload.campaign === 'choix-facile')!.locale).to.equal('fr-FALC');
  });

  it('the team\'s translations: each language shows its own, a missing one shows French marked lang="fr"', async () => {
    const el = await mount({ config: { definition: translated } });
    await ready(el, { name: 'en', lang: 'en' });
    expect(text(el, '#survey-title')).to.equal('Your opinion');
    expect(text(el, '.question[data-question="global"] legend')).to.contain('What do you think of the welcome?');
    expect($(el, '.question[data-question="global"]')!.hasAttribute('lang')).to.be.false;
    expect($(el, '.question[data-question="venu"]')!.hasAttribute('lang'), 'translated into English').to.be.false;
    await applyMode(el, { name: 'ar', lang: 'ar' });
    const venu = $(el, '.question[data-question="venu"]')!;
    expect(venu.getAttribute('lang'), 'no Arabic: French, said so').to.equal('fr');
    expect(venu.getAttribute('dir')).to.equal('ltr');
    expect(plain(venu.textContent!)).to.contain('Êtes-vous venu en bus ?').and.to.contain('Oui').and.to.contain('Non');
    expect(venu.querySelector('[part~="read-aloud"]'), 'not read with an Arabic voice').to.not.exist;
    expect(text(el, '.question[data-question="global"] legend')).to.contain('ما رأيك في الاستقبال؟');
    await expect(el).to.be.accessible();
    await applyMode(el, { name: 'fr easy-read', easyRead: true });
    expect(text(el, '#survey-title')).to.equal('Votre avis en 1 minute');
    expect(text(el, '.question[data-question="global"] legend')).to.contain('Comment trouvez-vous l’accueil');
    expect($(el, '.step-name')!.hasAttribute('lang'), 'easy-read falls back on French: no mark').to.be.false;
  });

  for (const mode of modes) {
    it(`${mode.name}: read-aloud says the question and its answers in the widget's language`, async () => {
      const el = await mount();
      await ready(el, mode);
      const t = strings[mode.name]!;
      const question = t.defaultSurvey.sections[0]!.questions[0]!;
      $<HTMLButtonElement>(el, '.question[data-question="accueil"] [part~="read-aloud"]')!.click();
      expect(speech.spoken).to.have.length(1);
      expect(speech.spoken[0]!.text).to.equal(spokenQuestion({ t, question }));
      expect(speech.spoken[0]!.text).to.contain(question.label).and.to.contain(t.ratingWords[0]).and.to.contain(t.ratingWords[4]);
      expect(speech.spoken[0]!.lang).to.equal(voices[mode.name]);
      $<HTMLButtonElement>(el, '[part="intro"] [part~="read-aloud"]')!.click();
      expect(speech.spoken[1]!.text).to.contain(t.anonymous);
    });
  }

  it('heading-level and hide-heading: the title at the level asked, sub-headings below; hidden, the box keeps its name', async () => {
    const el = await mount();
    el.setAttribute('heading-level', '3');
    await ready(el);
    expect($(el, '#survey-title')!.tagName).to.equal('H3');
    expect($(el, '#step-title')!.tagName).to.equal('H4');
    el.setAttribute('hide-heading', '');
    await el.updateComplete;
    expect($(el, '#survey-title')).to.not.exist;
    expect($(el, 'section[part="survey"]')!.getAttribute('aria-label')).to.equal(surveyFr.defaultSurvey.title);
    expect($(el, '#step-title')!.tagName).to.equal('H4');
    await expect(el).to.be.accessible();
  });

  it('forced colours: the faces in system colours, contrast measured in the widget; screenshot in Arabic', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    const el = await mount();
    await ready(el, { name: 'ar', lang: 'ar' });
    await rate(el, 'accueil', 4);
    const figures: string[] = [];
    for (const value of [1, 4]) {
      const label = $(el, `label[for="q-accueil-${value}"]`)!;
      const background = backgroundOf(label);
      const drawing = contrast(getComputedStyle(label.querySelector('svg.face')!).color, background);
      const word = contrast(getComputedStyle(label.querySelector('.word')!).color, background);
      figures.push(`face ${value} drawing ${drawing.toFixed(1)}:1, word ${word.toFixed(1)}:1`);
      expect(drawing).to.be.at.least(3);
      expect(word).to.be.at.least(4.5);
    }
    expect(getComputedStyle($(el, 'label[for="q-accueil-4"] svg.check')!).display).to.equal('block');
    console.log(`[survey forced colours] ${figures.join('; ')}`);
    await screenshot('survey-ar-forced-colours', el);
  });
});
