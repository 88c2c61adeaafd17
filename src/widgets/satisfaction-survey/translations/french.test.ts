import { expect, fixture, html } from '@open-wc/testing';
import { STRUCTURE_NAMES, articleless, catalogTexts, frenchProblems } from '../../../../test/helpers/french.js';
import { freshDbName, waitFor } from '../../../../test/helpers/collector.js';
import '../satisfaction-survey.js';
import type { MspSatisfactionSurvey } from '../satisfaction-survey.component.js';
import { surveyEasy as firstEasy } from './easy.js';
import { surveyEn as firstEn } from './en.js';
import { frenchSpacing } from '../../../core/french-typography.js';
import { surveyFr as firstFr } from './fr.js';
import { surveyAnswersEasy } from './answers.easy.js';
import { surveyAnswersEn } from './answers.en.js';
import { surveyAnswersFr } from './answers.fr.js';
import { surveyLaterEasy } from './later.easy.js';
import { surveyLaterEn } from './later.en.js';
import { surveyLaterFr } from './later.fr.js';

// French that reads well (issue 13): the structure's name stands alone whatever the team writes,
// no-break spaces before French punctuation, one term per idea, no "(e)" nor point médian; English
// punctuation in English.

// Each language's three catalogues as one: the first screen's (fr.ts), the words after "Suivant"
// (answers.fr.ts) and the later screens' (later.fr.ts).
const surveyFr = { ...firstFr, ...surveyAnswersFr, ...surveyLaterFr };
const surveyEasy = { ...firstEasy, ...surveyAnswersEasy, ...surveyLaterEasy };
const surveyEn = { ...firstEn, ...surveyAnswersEn, ...surveyLaterEn };

const samplesWith = (name: string): unknown[][] => [[name, true], [name, false], [name, name, name], [2, 5], [1], [[name, 'ateliers']], [[]]];
/** Functions that take counts, not words: a name given to them proves nothing. */
const COUNTS = /^(?:atMostChoices|duration|step|kioskNext|idleBody|problems\.tooLong|problems\.tooMany|outcome\.refusedForNow)\(/;

describe('survey French: the structure’s name stands alone', () => {
  for (const name of STRUCTURE_NAMES) {
    it(`no string puts « ${name} » after de, à, par, en (fr and en)`, () => {
      for (const catalog of [surveyFr, surveyEasy, surveyEn]) {
        const bad = catalogTexts(catalog, samplesWith(name)).filter(({ path, text }) => !COUNTS.test(path) && articleless(text, name));
        expect(bad.map((b) => `${b.path}: ${b.text}`)).to.deep.equal([]);
      }
      expect(surveyFr.notice(name, true).join(' ')).to.contain(name);
    });

    it(`the rendered notice with « ${name} » reads well`, async () => {
      const el = await fixture<MspSatisfactionSurvey>(
        html`<msp-satisfaction-survey db-name=${freshDbName('survey-fr')} structure-name=${name}></msp-satisfaction-survey>`,
      );
      await waitFor(() => !el.shadowRoot!.querySelector('.loading'), 5000, 'the survey to be ready');
      const text = el.shadowRoot!.textContent ?? '';
      expect(text).to.contain(name);
      expect(articleless(text, name), text).to.be.false;
    });
  }

  it('the test itself catches the old wording', () => {
    expect(articleless('Vos réponses sont lues par l’équipe de MSP du Bocage pour…', 'MSP du Bocage')).to.be.true;
    expect(articleless('MSP du Bocage : l’équipe lit vos réponses', 'MSP du Bocage')).to.be.false;
  });
});

describe('survey French: typography and words', () => {
  it('every French string, plain and easy-read, has no-break spaces, one term per idea, no "(e)"', () => {
    for (const catalog of [surveyFr, surveyEasy]) {
      const bad = catalogTexts(catalog, samplesWith(STRUCTURE_NAMES[0]!)).flatMap(({ path, text }) =>
        frenchProblems(text).map((p) => `${path}: ${p} in « ${text} »`),
      );
      expect(bad).to.deep.equal([]);
    }
  });

  it('English strings take English punctuation: no space before : ; ! ?', () => {
    const bad = catalogTexts(surveyEn, samplesWith(STRUCTURE_NAMES[1]!)).filter(({ text }) => /[ \u00a0\u202f][:;!?]/.test(text) || /[«»]/.test(text));
    expect(bad.map((b) => `${b.path}: ${b.text}`)).to.deep.equal([]);
  });

  it('frenchSpacing puts the right space, once, and leaves addresses and times alone', () => {
    expect(frenchSpacing('Vraiment ? Oui ! Non ; « déjà répondu » : bien')).to.equal(
      'Vraiment\u202f? Oui\u202f! Non\u202f; «\u00a0déjà répondu\u00a0»\u00a0: bien',
    );
    expect(frenchSpacing(frenchSpacing('Quoi ?'))).to.equal('Quoi\u202f?');
    expect(frenchSpacing('https://msp.example/a?b=1 à 10:30')).to.equal('https://msp.example/a?b=1 à 10:30');
  });

  it('the typography check catches what it is for', () => {
    expect(frenchProblems('Quoi ?')).to.have.length(1);
    expect(frenchProblems('Recontacté(e)')).to.have.length(1);
    expect(frenchProblems('Votre courriel')).to.have.length(1);
    expect(frenchProblems('Votre adresse e-mail')).to.deep.equal([]);
  });
});
