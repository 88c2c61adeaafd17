import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import * as z from 'zod/mini';
import { LocalStore } from '../../core/storage.js';
import { TestCollector, freshDbName, waitFor } from '../../../test/helpers/collector.js';
import './satisfaction-survey.js';
import type { MspSatisfactionSurvey } from './satisfaction-survey.component.js';
import { defaultSurveyFr } from './default-survey.js';
import { coreFr } from '../../core/translations/fr.js';
import { surveyAnswersFr } from './translations/answers.fr.js';
import { surveyLaterFr } from './translations/later.fr.js';
import { surveyLaterEn } from './translations/later.en.js';
import { surveyEn } from './translations/en.js';
import { coreEn } from '../../core/translations/en.js';
import { frenchSpacing } from '../../core/french-typography.js';
import { satisfactionSurveyPayloadSchema, type SurveyDefinition } from './satisfaction-survey.schema.js';

const EVERY_TYPE = '/src/widgets/satisfaction-survey/fixtures/every-type.json';

interface Options {
  endpoint?: string;
  dbName?: string;
  campaign?: string;
  definition?: string;
  lang?: string;
  config?: Record<string, unknown>;
}

async function renderSurvey(options: Options = {}): Promise<MspSatisfactionSurvey> {
  const el = await fixture<MspSatisfactionSurvey>(
    html`<msp-satisfaction-survey
      db-name=${options.dbName ?? freshDbName('survey')}
      endpoint=${ifDefined(options.endpoint)}
      campaign=${ifDefined(options.campaign)}
      definition=${ifDefined(options.definition)}
      lang=${ifDefined(options.lang)}
      .config=${{ minSecondsToSubmit: 0, ...options.config }}
    ></msp-satisfaction-survey>`,
  );
  await el.updateComplete;
  // The questionnaire, the "already answered" marker and the draft are read first.
  await waitFor(() => !$(el, '.loading'), 5000, 'the survey to be ready');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MspSatisfactionSurvey, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector);
const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const activeId = (el: MspSatisfactionSurvey) => el.shadowRoot!.activeElement?.id;
const stepText = (el: MspSatisfactionSurvey) => $(el, '#step-title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

async function rate(el: MspSatisfactionSurvey, questionId: string, value: number): Promise<void> {
  $<HTMLInputElement>(el, `#q-${questionId}-${value}`)!.click();
  await el.updateComplete;
}
async function choose(el: MspSatisfactionSurvey, questionId: string, value: string): Promise<void> {
  $<HTMLInputElement>(el, `#q-${questionId} input[value="${value}"]`)!.click();
  await el.updateComplete;
}
async function type(el: MspSatisfactionSurvey, id: string, text: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function next(el: MspSatisfactionSurvey): Promise<void> {
  $<HTMLButtonElement>(el, 'button[part~="next-button"]')!.click();
  await el.updateComplete;
  await settle();
}
async function previous(el: MspSatisfactionSurvey): Promise<void> {
  $<HTMLButtonElement>(el, 'button[part~="previous-button"]')!.click();
  await el.updateComplete;
  await settle();
}
const thanked = (el: MspSatisfactionSurvey) => () => Boolean($(el, '#thanks-title'));
const labelOf = (id: string) => defaultSurveyFr.sections.flatMap((s) => s.questions).find((q) => q.id === id)!.label;

describe('msp-satisfaction-survey: accessibility at every step', function () {
  // Five steps with axe at each on a shared two-core machine: more than mocha's default.
  this.timeout(90_000);
  it('each step of the default questionnaire, its errors and the thank-you screen', async () => {
    const el = await renderSurvey();
    const total = defaultSurveyFr.sections.length;
    for (let step = 1; step <= total; step++) {
      expect(stepText(el)).to.equal(`Étape ${step} sur ${total} : ${defaultSurveyFr.sections[step - 1]!.title}`);
      await expect(el).to.be.accessible();
      if (step === 4) {
        await next(el); // the overall satisfaction is required
        expect($(el, '#error-summary')).to.exist;
        await expect(el).to.be.accessible();
        await rate(el, 'satisfaction-globale', 4);
      }
      if (step === 1) {
        await rate(el, 'accueil', 1); // shows the follow-up question
        expect($(el, '#q-accueil-ameliorer')).to.exist;
        await expect(el).to.be.accessible();
      }
      await next(el);
    }
    await waitFor(thanked(el), 5000, 'the thank-you screen');
    await expect(el).to.be.accessible();
  });

  it('the information notice, open', async () => {
    const el = await renderSurvey({ config: { structureName: 'Maison de santé des Tilleuls' } });
    const details = $<HTMLDetailsElement>(el, 'details[part="notice"]')!;
    details.open = true;
    expect(details.textContent).to.contain('Maison de santé des Tilleuls');
    expect(details.textContent).to.contain('déjà répondu');
    await expect(el).to.be.accessible();
  });

  it('rating scales are fieldsets of native radios named by their word', async () => {
    const el = await renderSurvey();
    const scale = $(el, '#q-accueil')!;
    expect(scale.tagName).to.equal('FIELDSET');
    expect(scale.querySelector('legend')!.textContent).to.contain(labelOf('accueil'));
    const radios = [...scale.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.labels?.[0]?.textContent?.trim())).to.deep.equal(['Très mauvais', 'Mauvais', 'Moyen', 'Bien', 'Très bien']);
    expect(scale.querySelectorAll('svg.face[aria-hidden="true"]')).to.have.length(5);
  });
});

describe('msp-satisfaction-survey: accessibility in every other state', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  const required: SurveyDefinition = {
    id: 'court',
    title: 'Votre avis',
    sections: [{ id: 'avis', title: 'Votre avis', questions: [{ id: 'global', type: 'rating', label: 'Votre avis sur l’accueil ?', required: true }] }],
  };

  it('while the questionnaire loads', async () => {
    const el = await fixture<MspSatisfactionSurvey>(
      html`<msp-satisfaction-survey db-name=${freshDbName('survey-a11y')} definition=${EVERY_TYPE}></msp-satisfaction-survey>`,
    );
    expect($(el, '.loading'), 'the definition is still on its way').to.exist;
    await expect(el).to.be.accessible();
  });

  it('in kiosk mode: a step, its errors, and the kiosk’s large targets', async () => {
    const el = await renderSurvey({ config: { kiosk: true, definition: required } });
    expect($(el, '.survey.kiosk')).to.exist;
    await expect(el).to.be.accessible();
    await next(el);
    expect($(el, '#error-summary')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('while sending, and once the endpoint refused the answers', async () => {
    const el = await renderSurvey({ endpoint: collector.endpoint, config: { definition: required } });
    await rate(el, 'global', 4);
    await collector.fault({ mode: 'slow', delayMs: 1500, count: 1 });
    await next(el);
    await waitFor(() => $(el, 'button[part~="next-button"]')?.getAttribute('aria-disabled') === 'true', 3000, 'sending');
    await expect(el).to.be.accessible();
    await waitFor(thanked(el), 10_000, 'the thank-you screen');

    const refused = await renderSurvey({ endpoint: collector.endpoint, config: { definition: required } });
    await rate(refused, 'global', 2);
    await collector.fault({ mode: 'error', status: 400, count: 1 });
    await next(refused);
    await waitFor(() => ($(refused, '[role="status"]')?.textContent ?? '').includes(surveyLaterFr.outcome.rejected), 5000, 'the refusal');
    expect($(refused, '[role="status"]')!.textContent, 'no code shown to the person').to.not.match(/\b400\b|erreur|serveur/i);
    await expect(refused).to.be.accessible();
  });
});

describe('msp-satisfaction-survey: styling', () => {
  it("writes no style attribute (a strict CSP, style-src 'self', keeps the progress bar) and shows the step in a native bar", async () => {
    const el = await renderSurvey();
    const total = defaultSurveyFr.sections.length;
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    const bar = $<HTMLProgressElement>(el, 'progress[part="progress-bar"]')!;
    expect([bar.value, bar.max]).to.deep.equal([1, total]);
    expect(bar.getAttribute('aria-hidden'), 'the heading says "Étape 1 sur 5"').to.equal('true');
    await next(el);
    expect($<HTMLProgressElement>(el, 'progress[part="progress-bar"]')!.value).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
  });

  it('gives every button a part a host may style', async () => {
    const el = await renderSurvey({ config: { kiosk: true, resetAfterSeconds: 60 } });
    await next(el);
    // Read-aloud buttons come from the base (part "button read-aloud"); headless Chromium has no voice, so none here.
    const buttons = [...el.shadowRoot!.querySelectorAll('form button')];
    expect(buttons.map((b) => b.getAttribute('part'))).to.deep.equal(['button secondary previous-button', 'button next-button']);
  });
});

describe('msp-satisfaction-survey: keyboard only', function () {
  // Five steps with axe at each on a shared two-core machine: more than mocha's default.
  this.timeout(90_000);
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  it('completes the default questionnaire with the keyboard and the collector stores exactly the answers', async () => {
    const el = await renderSurvey({ endpoint: collector.endpoint, campaign: '2026-T4' });
    $(el, '#survey-title')!.setAttribute('tabindex', '-1');
    $(el, '#survey-title')!.focus();
    // Step 1: accueil "Bien" (4), easy to reach us: "Oui".
    await press('Tab');
    expect(activeId(el)).to.equal('q-accueil-1');
    await press('ArrowRight', 3);
    await press('Tab');
    await press(' ');
    await press('Tab');
    expect(el.shadowRoot!.activeElement?.part.contains('next-button')).to.be.true;
    await press('Enter');
    await el.updateComplete;
    await settle();
    expect(activeId(el), 'focus on the step heading').to.equal('step-title');
    expect(stepText(el)).to.equal('Étape 2 sur 5 : Rendez-vous et délais');
    // Step 2: prise de rendez-vous 3; by phone and "autre" with a text; délai 2; attente 1.
    await press('Tab');
    await press('ArrowRight', 2);
    await press('Tab');
    await press(' ');
    await press('Tab', 3);
    await press(' ');
    await el.updateComplete;
    await press('Tab');
    expect(activeId(el)).to.equal('q-moyen-rendez-vous-other');
    await sendKeys({ type: 'Par la pharmacie' });
    await press('Tab');
    await press('ArrowRight');
    // Same-day appointment: "Je n’en ai pas eu besoin" (non concerné), the third choice.
    await press('Tab');
    await press('ArrowRight', 2);
    await press('Tab');
    await press(' ');
    await press('Tab', 2);
    await press('Enter');
    await el.updateComplete;
    await settle();
    // Step 3: the team knows my situation "Oui", information 4, knows what is offered "En partie", locaux 4, privacy "Oui".
    expect(stepText(el)).to.match(/^Étape 3 sur 5/);
    await press('Tab');
    await press(' ');
    for (const moves of [3, 1, 3]) {
      await press('Tab');
      await press('ArrowRight', moves);
    }
    await press('Tab');
    await press(' ');
    await press('Tab', 2);
    await press('Enter');
    await el.updateComplete;
    await settle();
    // Step 4: overall 5, needs: eating well and walking.
    expect(stepText(el)).to.match(/^Étape 4 sur 5/);
    await press('Tab');
    await press('ArrowRight', 4);
    await press('Tab');
    await press(' ');
    await press('Tab');
    await press(' ');
    await press('Tab', 10 + 2); // the other nine themes and "autre", then "Précédent", "Suivant"
    expect(el.shadowRoot!.activeElement?.part.contains('next-button')).to.be.true;
    await press('Enter');
    await el.updateComplete;
    await settle();
    // Step 5: answering for a relative, age 30-44, a few times a year, a comment; then send.
    expect(stepText(el)).to.match(/^Étape 5 sur 5/);
    await press('Tab');
    await press('ArrowDown');
    await press('Tab');
    await press('ArrowDown', 2);
    await press('Tab');
    await press('ArrowDown');
    await press('Tab');
    await sendKeys({ type: 'Merci pour tout' });
    await press('Tab', 2);
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Envoyer mes réponses');
    await press('Enter');
    await waitFor(thanked(el), 5000, 'the thank-you screen');
    await settle();
    expect(activeId(el)).to.equal('thanks-title');
    expect($(el, '[role="status"]')!.textContent).to.contain(surveyLaterFr.outcome.sent);

    const records = await collector.records();
    expect(records).to.have.length(1);
    const envelope = records[0]!;
    expect(envelope.kind).to.equal('survey');
    expect(envelope.createdAt).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(z.safeParse(satisfactionSurveyPayloadSchema, envelope.payload).success).to.be.true;
    const rating = (questionId: string, section: string, value: number) => ({ questionId, type: 'rating', section, label: labelOf(questionId), value });
    expect(envelope.payload).to.deep.equal({
      campaign: '2026-T4',
      surveyId: 'satisfaction-msp',
      surveyTitle: defaultSurveyFr.title,
      kiosk: false,
      answers: [
        rating('accueil', 'accueil', 4),
        { questionId: 'joignabilite', type: 'yesno', section: 'accueil', label: labelOf('joignabilite'), value: true },
        rating('prise-rendez-vous', 'rendez-vous', 3),
        {
          questionId: 'moyen-rendez-vous',
          type: 'multiple',
          section: 'rendez-vous',
          label: labelOf('moyen-rendez-vous'),
          value: ['telephone', 'autre'],
          valueLabels: ['Par téléphone', 'Autre, précisez'],
          other: 'Par la pharmacie',
        },
        rating('delai-rendez-vous', 'rendez-vous', 2),
        {
          questionId: 'rendez-vous-jour-meme',
          type: 'yesno',
          section: 'rendez-vous',
          label: labelOf('rendez-vous-jour-meme'),
          value: 'non-concerne',
          valueLabels: ['Je n’en ai pas eu besoin'],
          notConcerned: true,
        },
        rating('attente', 'rendez-vous', 1),
        { questionId: 'continuite', type: 'yesno', section: 'lieux', label: labelOf('continuite'), value: true },
        rating('information', 'lieux', 4),
        {
          questionId: 'connaitre-offre',
          type: 'single',
          section: 'lieux',
          label: labelOf('connaitre-offre'),
          value: 'en-partie',
          valueLabels: ['En partie'],
        },
        rating('locaux', 'lieux', 4),
        { questionId: 'confidentialite', type: 'yesno', section: 'lieux', label: labelOf('confidentialite'), value: true },
        rating('satisfaction-globale', 'global', 5),
        {
          questionId: 'needs',
          type: 'multiple',
          section: 'global',
          label: labelOf('needs'),
          value: ['alimentation', 'activite-physique'],
          valueLabels: ['Bien manger', 'Bouger, marcher'],
        },
        {
          questionId: 'repondant',
          type: 'single',
          section: 'profil',
          label: labelOf('repondant'),
          value: 'proche-aidant',
          valueLabels: ['Pour un proche que vous accompagnez (enfant, parent, conjoint…)'],
        },
        { questionId: 'age', type: 'single', section: 'profil', label: labelOf('age'), value: '30-44', valueLabels: ['30 à 44 ans'] },
        {
          questionId: 'frequence',
          type: 'single',
          section: 'profil',
          label: labelOf('frequence'),
          value: 'quelques-fois-an',
          valueLabels: ['Quelques fois par an'],
        },
        { questionId: 'commentaire', type: 'long-text', section: 'profil', label: labelOf('commentaire'), value: 'Merci pour tout' },
      ],
    });
  });
});

describe('msp-satisfaction-survey: show-if, required answers and the error summary', () => {
  it('shows the follow-up question only for a low rating, and sends it only while shown', async () => {
    const el = await renderSurvey();
    expect($(el, '#q-accueil-ameliorer')).to.not.exist;
    await rate(el, 'accueil', 2);
    expect($(el, '#q-accueil-ameliorer')).to.exist;
    await type(el, 'q-accueil-ameliorer', 'Plus de sourires');
    await rate(el, 'accueil', 4);
    expect($(el, '#q-accueil-ameliorer')).to.not.exist;
    await rate(el, 'accueil', 1);
    expect($<HTMLInputElement>(el, '#q-accueil-ameliorer')!.value, 'nothing lost').to.equal('Plus de sourires');
  });

  it('a required question stops the step with a focused summary whose link reaches the question', async () => {
    const el = await renderSurvey();
    for (let i = 0; i < 3; i++) await next(el);
    expect(stepText(el)).to.match(/^Étape 4 sur 5/);
    await next(el);
    expect(stepText(el), 'still on the same step').to.match(/^Étape 4 sur 5/);
    const summary = $(el, '#error-summary')!;
    expect(activeId(el)).to.equal('error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.textContent).to.contain(frenchSpacing(`« ${labelOf('satisfaction-globale')} » : Choisissez un visage.`));
    const fieldset = $(el, '#q-satisfaction-globale')!;
    expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#q-satisfaction-globale-message')!.textContent).to.contain('Choisissez un visage.');
    summary.querySelector('a')!.click();
    expect(activeId(el)).to.equal('q-satisfaction-globale-1');
    await next(el);
    expect(activeId(el), 'a second press, still unanswered, brings the summary back into focus').to.equal('error-summary');
    await rate(el, 'satisfaction-globale', 3);
    expect($(el, '#error-summary'), 'the summary follows the answers').to.not.exist;
    await next(el);
    expect(stepText(el)).to.match(/^Étape 5 sur 5/);
  });

  it('"autre" asks to say what it means', async () => {
    const el = await renderSurvey();
    await next(el);
    await choose(el, 'moyen-rendez-vous', 'autre');
    expect($(el, '#q-moyen-rendez-vous-other')).to.exist;
    await next(el);
    expect($(el, '#error-summary')!.textContent).to.contain(frenchSpacing('Précisez votre réponse « autre »'));
    expect($(el, '#q-moyen-rendez-vous-other-message')!.textContent).to.contain(frenchSpacing('Précisez votre réponse « autre »'));
    await expect(el).to.be.accessible();
    $(el, '#error-summary a')!.click();
    expect(activeId(el)).to.equal('q-moyen-rendez-vous-other');
  });
});

describe('msp-satisfaction-survey: nothing answered', () => {
  it('does not send an empty questionnaire', async () => {
    const dbName = freshDbName('survey-empty');
    const el = await renderSurvey({
      dbName,
      config: {
        definition: { id: 'vide', title: 'Vide', sections: [{ id: 's', title: 'S', questions: [{ id: 'q', type: 'yesno', label: 'Oui ou non ?' }] }] },
      },
    });
    await next(el);
    expect($(el, '[role="status"]')!.textContent).to.contain('Répondez à au moins une question');
    expect($(el, '#thanks-title')).to.not.exist;
    expect(await (await LocalStore.open(dbName)).listSubmissions('survey')).to.have.length(0);
    await choose(el, 'q', 'no');
    await next(el);
    await waitFor(thanked(el), 5000, 'the thank-you screen');
    const [saved] = await (await LocalStore.open(dbName)).listSubmissions('survey');
    expect(saved!.envelope.payload.answers).to.deep.equal([{ questionId: 'q', type: 'yesno', section: 's', label: 'Oui ou non ?', value: false }]);
  });
});

describe('msp-satisfaction-survey: the screens after the steps load on demand', () => {
  const Survey = customElements.get('msp-satisfaction-survey') as typeof MspSatisfactionSurvey;
  const loadLater = Survey.loadLater;
  afterEach(() => (Survey.loadLater = loadLater));
  /** One yes/no question: the shortest way to the screens after the steps. */
  const yesNo: SurveyDefinition = {
    id: 'court',
    title: 'Court',
    sections: [{ id: 's', title: 'S', questions: [{ id: 'q', type: 'yesno', label: 'Oui ou non ?' }] }],
  };
  /** The later screens' module fails its first load (offline at the wrong moment); the next one arrives on `release()`. */
  function failThenHold(): { calls: () => number; release: () => void } {
    let calls = 0;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    Survey.loadLater = () => (++calls === 1 ? Promise.reject(new Error('offline')) : released.then(() => loadLater.call(Survey)));
    return { calls: () => calls, release };
  }

  it('a failed load says so with a button to try again; the thank-you screen shows once its module arrives', async () => {
    // The first load fails (offline at the wrong moment); the next one arrives when the test says.
    const { calls, release } = failThenHold();
    const el = await renderSurvey({
      config: {
        definition: yesNo,
      },
    });
    await waitFor(() => calls() === 1, 5000, 'the load once the browser is idle');
    await choose(el, 'q', 'yes');
    await next(el);
    await waitFor(() => Boolean($(el, '[part="load-notice"]')), 5000, 'the failed load');
    const notice = $(el, '[part="load-notice"]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('n’a pas pu être chargée');
    // The survey's words for the outcome come with the later screens: meanwhile the core's say the answers are kept all the same.
    expect($(el, '.status')!.textContent, 'the answers are kept all the same').to.contain(coreFr.status.saved);
    await expect(el).to.be.accessible();
    const retry = notice.querySelector('button')!;
    expect(retry.textContent!.trim()).to.equal('Réessayer');
    retry.click();
    // While the second try is on its way, the next render says so politely (core's OnDemand draws it).
    el.requestUpdate();
    await waitFor(() => Boolean($(el, '.loading[role="status"]')?.textContent?.includes('Chargement')), 5000, 'the loading line');
    expect($(el, '[part="load-notice"]')).to.not.exist;
    await expect(el).to.be.accessible();
    release();
    await waitFor(thanked(el), 5000, 'the thank-you screen');
    await el.updateComplete;
    expect(calls()).to.equal(2);
    expect($(el, '[part="load-notice"]')).to.not.exist;
    expect($(el, '.status')!.textContent, 'the survey’s own words once they are here').to.contain(surveyLaterFr.outcome.saved);
    await expect(el).to.be.accessible();
  });

  it('in English, the later screens’ words come with their module, even when it arrives after the answers were sent', async () => {
    // The load at idle fails; the retry arrives when the test says.
    const { calls, release } = failThenHold();
    const el = await renderSurvey({
      lang: 'en',
      config: {
        definition: yesNo,
      },
    });
    await waitFor(() => calls() === 1, 5000, 'the load once the browser is idle');
    // The first screen's words are there (its English catalogue).
    expect($(el, 'button[part~="next-button"]')!.textContent!.trim()).to.equal(surveyEn.submit);
    await choose(el, 'q', 'yes');
    await next(el);
    await waitFor(() => Boolean($(el, '[part="load-notice"]')), 5000, 'the failed load');
    // Meanwhile the status line says the outcome in the core's English.
    expect($(el, '.status')!.textContent).to.contain(coreEn.status.saved);
    $<HTMLButtonElement>(el, '[part="load-notice"] button')!.click();
    await waitFor(() => Boolean($(el, '.loading[role="status"]')), 5000, 'the loading line');
    await expect(el).to.be.accessible();
    release();
    await waitFor(thanked(el), 5000, 'the thank-you screen');
    await el.updateComplete;
    expect($(el, '#thanks-title')!.textContent!.trim()).to.equal(surveyLaterEn.thanksTitle);
    expect($(el, '.status')!.textContent).to.contain(surveyLaterEn.outcome.saved);
    await expect(el).to.be.accessible();
  });
});

describe('msp-satisfaction-survey: what "Suivant" needs loads after the first screen', () => {
  const Survey = customElements.get('msp-satisfaction-survey') as typeof MspSatisfactionSurvey;
  const loadAnswers = Survey.loadAnswers;
  afterEach(() => (Survey.loadAnswers = loadAnswers));

  const threeSteps = {
    id: 'trois',
    title: 'Trois étapes',
    sections: [
      {
        id: 'a',
        title: 'A',
        questions: [
          { id: 'q', type: 'yesno', label: 'Oui ou non ?', required: true },
          { id: 'mot', type: 'short-text', label: 'Un mot ?' },
        ],
      },
      { id: 'b', title: 'B', questions: [{ id: 'r', type: 'yesno', label: 'Encore ?' }] },
      { id: 'c', title: 'C', questions: [{ id: 's', type: 'yesno', label: 'Fini ?' }] },
    ],
  };
  const nextButton = (el: MspSatisfactionSurvey) => $<HTMLButtonElement>(el, 'button[part~="next-button"]')!;
  const status = (el: MspSatisfactionSurvey) => $(el, '.status')?.textContent?.trim() ?? '';

  /** On the page without waiting for `updateComplete` (which waits for answers.ts): the form shows first. */
  async function mountEarly(): Promise<MspSatisfactionSurvey> {
    const el = document.createElement('msp-satisfaction-survey') as MspSatisfactionSurvey;
    el.setAttribute('db-name', freshDbName('survey-answers'));
    el.config = { minSecondsToSubmit: 0, definition: threeSteps };
    document.body.append(el);
    await waitFor(() => Boolean($(el, '#step-title')), 5000, 'the first step');
    return el;
  }

  it('a "Suivant" pressed before answers.ts arrived waits for it, says so politely, then goes one step on (a second press meanwhile does nothing)', async () => {
    let calls = 0;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    Survey.loadAnswers = () => (calls++, released.then(() => loadAnswers.call(Survey)));
    const el = await mountEarly();
    try {
      expect(stepText(el), 'the form shows without it').to.contain('Étape 1 sur 3');
      $<HTMLInputElement>(el, '#q-q input[value="yes"]')!.click();
      nextButton(el).click();
      nextButton(el).click();
      await waitFor(() => status(el) === coreFr.loading, 5000, 'the loading sentence');
      expect($(el, '.status')!.getAttribute('role')).to.equal('status');
      expect(stepText(el)).to.contain('Étape 1 sur 3');
      expect($<HTMLInputElement>(el, '#q-q input[value="yes"]')!.checked, 'the answer stays').to.be.true;
      await expect(el).to.be.accessible();
      release();
      await waitFor(() => stepText(el).includes('Étape 2 sur 3'), 5000, 'the second step');
      await el.updateComplete;
      await settle(50);
      expect(stepText(el), 'one step on, not two').to.contain('Étape 2 sur 3');
      expect(status(el)).to.equal('');
      expect(calls).to.equal(1);
      expect(activeId(el)).to.equal('step-title');
    } finally {
      el.remove();
    }
  });

  it('a "Suivant" still waiting for answers.ts when the screen moved on (kiosk reset) does nothing once it arrives', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    Survey.loadAnswers = () => released.then(() => loadAnswers.call(Survey));
    const el = await mountEarly();
    try {
      nextButton(el).click(); // the required question unanswered: on arrival, this press would show the problems
      await waitFor(() => status(el) === coreFr.loading, 5000, 'the loading sentence');
      el.restart();
      release();
      await el.updateComplete; // waits for answers.ts
      await settle(50);
      expect(stepText(el)).to.contain('Étape 1 sur 3');
      expect($(el, '#error-summary'), 'no problems for a press made on the screen before').to.not.exist;
      expect(status(el)).to.equal('');
      await next(el);
      await waitFor(() => Boolean($(el, '#error-summary')), 5000, 'a new press checks the step');
    } finally {
      el.remove();
    }
  });

  it('when answers.ts cannot come, "Suivant" says so and keeps what was typed; the next press tries again and shows the step’s problems', async () => {
    let calls = 0;
    Survey.loadAnswers = () => (++calls <= 2 ? Promise.reject(new Error('offline')) : loadAnswers.call(Survey));
    const el = await mountEarly();
    try {
      await el.updateComplete;
      expect(calls, 'asked for in the first update').to.equal(1);
      await type(el, 'q-mot', 'Bonjour');
      await next(el);
      await waitFor(() => status(el) === coreFr.loadFailed, 5000, 'the failed load said');
      expect(calls).to.equal(2);
      expect(stepText(el)).to.contain('Étape 1 sur 3');
      expect($(el, '#error-summary')).to.not.exist;
      expect($<HTMLInputElement>(el, '#q-mot')!.value).to.equal('Bonjour');
      await expect(el).to.be.accessible();
      await next(el);
      await waitFor(() => Boolean($(el, '#error-summary')), 5000, 'the step’s problems');
      expect(calls).to.equal(3);
      expect($(el, '#error-summary')!.textContent).to.contain(frenchSpacing(`« Oui ou non ? » : ${surveyAnswersFr.problems.required}`));
      expect($(el, '#q-q-message')!.textContent).to.contain(surveyAnswersFr.problems.required);
      expect(activeId(el)).to.equal('error-summary');
      expect(status(el)).to.equal('');
      await expect(el).to.be.accessible();
      await choose(el, 'q', 'no');
      await next(el);
      expect(stepText(el)).to.contain('Étape 2 sur 3');
    } finally {
      el.remove();
    }
  });
});

describe('msp-satisfaction-survey: draft across steps and visits', () => {
  it('back and forward lose nothing, and a reload comes back to the same step with the answers', async () => {
    const dbName = freshDbName('survey-draft');
    const el = await renderSurvey({ dbName, campaign: 'essai-draft' });
    await rate(el, 'accueil', 5);
    await next(el);
    await rate(el, 'prise-rendez-vous', 2);
    await choose(el, 'moyen-rendez-vous', 'internet');
    await previous(el);
    expect(stepText(el)).to.match(/^Étape 1 sur 5/);
    expect($<HTMLInputElement>(el, '#q-accueil-5')!.checked).to.be.true;
    await next(el);
    expect($<HTMLInputElement>(el, '#q-prise-rendez-vous-2')!.checked).to.be.true;
    el.remove(); // flushes the draft
    const store = await LocalStore.open(dbName);
    await waitFor(async () => (await store.getDocument('draft', 'survey:satisfaction-msp:essai-draft')) !== undefined, 3000, 'the draft');

    const again = await renderSurvey({ dbName, campaign: 'essai-draft' });
    await waitFor(() => stepText(again).startsWith('Étape 2 sur 5'), 3000, 'the draft to come back');
    expect($<HTMLInputElement>(again, '#q-prise-rendez-vous-2')!.checked).to.be.true;
    expect($<HTMLInputElement>(again, '#q-moyen-rendez-vous input[value="internet"]')!.checked).to.be.true;
    await previous(again);
    expect($<HTMLInputElement>(again, '#q-accueil-5')!.checked).to.be.true;
  });

  it('clears the draft once sent, and one answer per device and campaign', async () => {
    const dbName = freshDbName('survey-once');
    const el = await renderSurvey({ dbName, campaign: 'essai-once' });
    for (let i = 0; i < 3; i++) await next(el);
    await rate(el, 'satisfaction-globale', 5);
    await next(el);
    await next(el);
    await waitFor(thanked(el), 5000, 'the thank-you screen');
    const store = await LocalStore.open(dbName);
    await waitFor(async () => (await store.getDocument('draft', 'survey:satisfaction-msp:essai-once')) === undefined, 3000, 'the draft to go');
    const saved = await store.listSubmissions('survey');
    expect(saved, 'no endpoint: kept on the device').to.have.length(1);
    // The marker is written right after the draft goes: wait for it rather than race it.
    await waitFor(async () => Boolean(await store.getDocument('survey-answered', 'satisfaction-msp:essai-once')), 3000, 'the marker');
    const marker = await store.getDocument<Record<string, unknown>>('survey-answered', 'satisfaction-msp:essai-once');
    expect(Object.keys(marker ?? {})).to.deep.equal(['answeredOn']);
    el.remove();

    const again = await renderSurvey({ dbName, campaign: 'essai-once' });
    await waitFor(() => Boolean($(again, '[part="already"]')), 3000, 'the already-answered message');
    expect($(again, '[part="already"]')!.textContent).to.contain(surveyLaterFr.already);
    expect($(again, 'form')).to.not.exist;
    await expect(again).to.be.accessible();

    const nextCampaign = await renderSurvey({ dbName, campaign: 'essai-once-2' });
    expect($(nextCampaign, 'form'), 'a new campaign opens again').to.exist;
  });
});

describe('msp-satisfaction-survey: render first, restore after', () => {
  it('draws the form in its first update, then takes the draft back; what the person did meanwhile wins', async () => {
    const dbName = freshDbName('survey-first');
    const first = await renderSurvey({ dbName, campaign: 'essai-first' });
    await rate(first, 'accueil', 4);
    await next(first);
    await settle(600); // longer than a draft's delay
    first.remove();

    // A probe sees the screen of the first update, and may answer before IndexedDB does.
    const Survey = customElements.get('msp-satisfaction-survey') as typeof MspSatisfactionSurvey;
    const firstScreens: string[] = [];
    class FirstScreenProbe extends Survey {
      touch = false;
      protected override firstUpdated(changed: PropertyValues): void {
        super.firstUpdated(changed);
        firstScreens.push(stepText(this));
        if (this.touch) this.shadowRoot!.querySelector<HTMLInputElement>('#q-accueil-2')!.click();
      }
    }
    customElements.define('survey-first-screen-probe', FirstScreenProbe);
    const mount = async (touch: boolean) => {
      const probe = document.createElement('survey-first-screen-probe') as FirstScreenProbe;
      probe.touch = touch;
      probe.setAttribute('db-name', dbName);
      probe.setAttribute('campaign', 'essai-first');
      document.body.append(probe);
      await probe.updateComplete;
      return probe;
    };

    const restored = await mount(false);
    expect(firstScreens[0], 'the form at once').to.match(/^Étape 1 sur 5/);
    expect(stepText(restored), 'then the draft').to.match(/^Étape 2 sur 5/);
    restored.remove();

    const touched = await mount(true);
    expect(firstScreens[1]).to.match(/^Étape 1 sur 5/);
    expect(stepText(touched), 'the draft does not overwrite what the person did').to.match(/^Étape 1 sur 5/);
    expect(touched.shadowRoot!.querySelector<HTMLInputElement>('#q-accueil-2')!.checked).to.be.true;
    touched.remove();
  });
});

describe('msp-satisfaction-survey: kiosk mode', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  const oneStep: SurveyDefinition = {
    id: 'borne',
    title: 'Votre avis en 10 secondes',
    sections: [
      {
        id: 'avis',
        title: 'Votre avis',
        questions: [
          { id: 'global', type: 'rating', label: 'Dans l’ensemble, que pensez-vous de la maison de santé ?' },
          { id: 'mot', type: 'short-text', label: 'Un mot pour l’équipe ?' },
        ],
      },
    ],
  };

  it('sends to the endpoint, thanks, then resets itself for the next person and keeps no draft', async () => {
    const dbName = freshDbName('kiosk');
    const el = await renderSurvey({ dbName, endpoint: collector.endpoint, config: { kiosk: true, definition: oneStep, resetAfterSeconds: 2 } });
    expect($(el, '.survey.kiosk')).to.exist;
    await rate(el, 'global', 5);
    await type(el, 'q-mot', 'Bravo');
    await settle(600); // longer than a draft's delay
    const store = await LocalStore.open(dbName);
    expect(await store.listDocuments('draft'), 'no draft in kiosk mode').to.have.length(0);
    await next(el);
    await waitFor(thanked(el), 5000, 'the thank-you screen');
    expect($(el, '.countdown')!.textContent).to.contain('personne suivante');
    expect($(el, 'a[href]:not([href^="#"])'), 'no way out of the widget').to.not.exist;
    await expect(el).to.be.accessible();
    await waitFor(() => Boolean($(el, '#step-title')), 4000, 'the reset');
    expect($<HTMLInputElement>(el, '#q-global-5')!.checked).to.be.false;
    expect($<HTMLInputElement>(el, '#q-mot')!.value).to.equal('');
    expect(activeId(el)).to.equal('step-title');
    const records = await collector.records();
    expect(records.map((r) => r.payload)).to.deep.equal([
      {
        campaign: records[0]!.payload.campaign,
        surveyId: 'borne',
        surveyTitle: 'Votre avis en 10 secondes',
        kiosk: true,
        answers: [
          { questionId: 'global', type: 'rating', section: 'avis', label: oneStep.sections[0]!.questions[0]!.label, value: 5 },
          { questionId: 'mot', type: 'short-text', section: 'avis', label: 'Un mot pour l’équipe ?', value: 'Bravo' },
        ],
      },
    ]);
    expect(records[0]!.payload.campaign).to.match(/^\d{4}-T[1-4]$/);
    expect(await store.listDocuments('survey-answered'), 'no marker in kiosk mode').to.have.length(0);
  });

  it('warns after inactivity, "Continuer" extends, and without it the answers are cleared', async () => {
    // The warning stays 6 s: long enough for the accessibility check before "Continuer" on a busy machine.
    const el = await renderSurvey({ config: { kiosk: true, definition: oneStep, inactivitySeconds: 1, warningSeconds: 6 } });
    await settle(1300);
    expect($(el, '[part="idle-warning"]'), 'no warning before anyone started').to.not.exist;
    await rate(el, 'global', 2);
    await waitFor(() => Boolean($(el, '[part="idle-warning"]')), 3000, 'the inactivity warning');
    const warning = $(el, '[part="idle-warning"]')!;
    expect(warning.getAttribute('role')).to.equal('alert');
    expect(warning.textContent).to.contain(frenchSpacing('Êtes-vous toujours là ?'));
    await settle();
    expect(activeId(el)).to.equal('continue-button');
    await expect(el).to.be.accessible();
    await press('Enter');
    await el.updateComplete;
    expect($(el, '[part="idle-warning"]'), 'extended').to.not.exist;
    expect($<HTMLInputElement>(el, '#q-global-2')!.checked).to.be.true;
    await waitFor(() => Boolean($(el, '[part="idle-warning"]')), 3000, 'the second warning');
    await waitFor(() => !$(el, '[part="idle-warning"]'), 9000, 'the clearing');
    expect($<HTMLInputElement>(el, '#q-global-2')!.checked).to.be.false;
    expect($(el, '[role="status"]')!.textContent).to.contain('prêt pour la personne suivante');
  });

  it('asks the browser to keep its storage, in kiosk mode only', async () => {
    // A spy that calls through: headless Chromium never grants persistence, so the request itself is what we can see.
    const original = LocalStore.requestPersistence;
    let requests = 0;
    LocalStore.requestPersistence = () => {
      requests++;
      return original.call(LocalStore);
    };
    try {
      await renderSurvey({ config: { definition: oneStep } });
      expect(requests, 'not for a survey on a website').to.equal(0);
      const el = await renderSurvey({ config: { kiosk: true, definition: oneStep } });
      // The store's file loads after the first render: the request follows it.
      await waitFor(() => requests === 1, 5000, 'the persistence request');
      el.config = { kiosk: true, definition: oneStep, minSecondsToSubmit: 0 };
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(requests, 'once per element').to.equal(1);
    } finally {
      LocalStore.requestPersistence = original;
    }
  });
});

describe('msp-satisfaction-survey: the team’s own definition', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  it('loads a definition by address and every question type round-trips into the stored envelope exactly', async () => {
    const el = await renderSurvey({ endpoint: collector.endpoint, campaign: 'essai-types', definition: EVERY_TYPE });
    expect($(el, '#survey-title')!.textContent).to.equal('Questionnaire d’essai : tous les types');
    await rate(el, 'note', 2);
    await type(el, 'q-pourquoi', '  L’attente au téléphone  ');
    await choose(el, 'venue', 'autre');
    expect($(el, '#q-venue')!.textContent).to.contain('Autrement, précisez');
    await type(el, 'q-venue-other', 'En trottinette');
    await choose(el, 'ateliers', 'sommeil');
    await choose(el, 'ateliers', 'marche');
    await choose(el, 'ateliers', 'autre');
    await type(el, 'q-ateliers-other', 'Jardin partagé');
    await next(el);
    expect(stepText(el)).to.equal('Étape 2 sur 2 : Pour finir');
    await choose(el, 'revenir', 'no');
    await type(el, 'q-pourquoi-pas', 'Je déménage');
    await choose(el, 'revenir', 'yes'); // hides "pourquoi pas": its answer is not sent
    expect($(el, '#q-pourquoi-pas')).to.not.exist;
    await type(el, 'q-idee', 'Un point d’eau');
    await type(el, 'q-message', 'Ligne 1\nLigne 2');
    await next(el);
    await waitFor(thanked(el), 5000, 'the thank-you screen');
    const [envelope] = await collector.records();
    expect(envelope!.payload).to.deep.equal({
      campaign: 'essai-types',
      surveyId: 'tous-types',
      surveyTitle: 'Questionnaire d’essai : tous les types',
      kiosk: false,
      answers: [
        { questionId: 'note', type: 'rating', section: 'notes', label: 'Que pensez-vous de l’accueil ?', value: 2 },
        { questionId: 'pourquoi', type: 'short-text', section: 'notes', label: 'Qu’est-ce qui n’allait pas ?', value: 'L’attente au téléphone' },
        {
          questionId: 'venue',
          type: 'single',
          section: 'notes',
          label: 'Comment êtes-vous venu ?',
          value: 'autre',
          valueLabels: ['Autrement, précisez'],
          other: 'En trottinette',
        },
        {
          questionId: 'ateliers',
          type: 'multiple',
          section: 'notes',
          label: 'Quels ateliers vous intéressent ?',
          value: ['marche', 'sommeil', 'autre'],
          valueLabels: ['Groupe de marche', 'Sommeil', 'Autre, précisez'],
          other: 'Jardin partagé',
        },
        { questionId: 'revenir', type: 'yesno', section: 'suite', label: 'Reviendrez-vous ?', value: true },
        { questionId: 'idee', type: 'short-text', section: 'suite', label: 'Une idée en quelques mots ?', value: 'Un point d’eau' },
        { questionId: 'message', type: 'long-text', section: 'suite', label: 'Autre chose à nous dire ?', value: 'Ligne 1\nLigne 2' },
      ],
    });
    expect(z.safeParse(satisfactionSurveyPayloadSchema, envelope!.payload).success).to.be.true;
  });

  it('an invalid definition given as property explains itself, naming the question and the field', async () => {
    const errors: unknown[] = [];
    const el = await fixture<MspSatisfactionSurvey>(
      html`<msp-satisfaction-survey
        db-name=${freshDbName('survey-bad')}
        @msp-error=${(e: CustomEvent) => errors.push(e.detail)}
        .definition=${{
          id: 'x',
          title: 'X',
          sections: [
            {
              id: 's',
              title: 'S',
              questions: [
                { id: 'q1', type: 'stars', label: 'Q' },
                { id: 'q2', type: 'rating', label: 'R', showIf: { question: 'q9', answered: true } },
              ],
            },
          ],
        }}
      ></msp-satisfaction-survey>`,
    );
    await el.updateComplete;
    expect(errors, 'msp-error for the webmaster').to.have.length(1);
    expect(errors[0]).to.include({ kind: 'survey', reason: 'config' });
    const notice = $(el, '[part="config-notice"]')!;
    expect(notice).to.exist;
    expect(notice.textContent).to.contain('definition.sections[0].questions[0].type');
    expect(notice.textContent).to.contain('question « q1 »');
    expect($(el, 'form')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('cross-checks conditions of an inline JSON definition', async () => {
    const el = await fixture<MspSatisfactionSurvey>(
      html`<msp-satisfaction-survey db-name=${freshDbName('survey-bad')}>
        <script type="application/json">
          {
            "definition": {
              "id": "x",
              "title": "X",
              "sections": [
                { "id": "s", "title": "S", "questions": [{ "id": "q2", "type": "rating", "label": "R", "showIf": { "question": "q9", "answered": true } }] }
              ]
            }
          }
        </script>
      </msp-satisfaction-survey>`,
    );
    await el.updateComplete;
    const notice = $(el, '[part="config-notice"]')!;
    expect(notice.textContent).to.contain('definition.sections[0].questions[0].showIf.question');
    expect(notice.textContent).to.contain('question « q2 » : l’id d’une question posée avant elle');
  });

  it('a definition address that does not answer a questionnaire says so', async () => {
    const el = await renderSurvey({ definition: '/src/widgets/satisfaction-survey/fixtures/missing.json' });
    await waitFor(() => Boolean($(el, '[part="config-notice"]')), 5000, 'the notice');
    const notice = $(el, '[part="config-notice"]')!.textContent!;
    expect(notice).to.contain('ne peut pas s’afficher').and.to.contain('definition').and.to.contain('HTTP 404');
    await expect(el).to.be.accessible();
  });
});

describe('msp-satisfaction-survey: English', () => {
  it('speaks English with lang="en", the default questionnaire too', async () => {
    const el = await renderSurvey({ lang: 'en' });
    await waitFor(() => stepText(el).startsWith('Step 1 of 5'), 3000, 'English');
    expect($(el, '#survey-title')!.textContent).to.equal('Your opinion of the health centre');
    expect($<HTMLInputElement>(el, '#q-accueil-4')!.labels?.[0]?.textContent?.trim()).to.equal('Good');
    await expect(el).to.be.accessible();
  });
});

describe('satisfaction survey: each question keeps its own controls', () => {
  const checked = (el: MspSatisfactionSurvey, questionId: string) =>
    [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`#q-${questionId} input:checked`)].map((input) => input.value);

  it('a question shown in place of another (next step, or one revealed above it) never takes its radios: every choice stays', async () => {
    const el = await renderSurvey({
      config: {
        definition: {
          id: 'radios',
          title: 'Radios',
          sections: [
            {
              id: 'un',
              title: 'Un',
              questions: [
                { id: 'bus', type: 'yesno', label: 'En bus ?' },
                { id: 'pourquoi', type: 'rating', label: 'Par choix ?', showIf: { question: 'bus', equals: true } },
                { id: 'tard', type: 'rating', label: 'Le soir ?' },
              ],
            },
            { id: 'deux', title: 'Deux', questions: [{ id: 'pied', type: 'yesno', label: 'À pied ?' }] },
          ],
        },
      },
    });
    await rate(el, 'tard', 2);
    // "Par choix ?" appears where "Le soir ?" was: "Le soir ?" keeps its face.
    await choose(el, 'bus', 'yes');
    expect($(el, '#q-pourquoi')).to.exist;
    expect(checked(el, 'tard')).to.deep.equal(['2']);
    expect(checked(el, 'bus')).to.deep.equal(['yes']);
    await rate(el, 'pourquoi', 4);
    await next(el);
    // The next step's question in the first one's place: its group starts empty, and answering it leaves the first step's answers.
    expect(checked(el, 'pied')).to.deep.equal([]);
    await choose(el, 'pied', 'no');
    await previous(el);
    expect([checked(el, 'bus'), checked(el, 'pourquoi'), checked(el, 'tard')]).to.deep.equal([['yes'], ['4'], ['2']]);
    await expect(el).to.be.accessible();
  });
});
