import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { defaultSurveyEn } from './default-survey.en.js';
import { defaultSurveyFr } from './default-survey.js';
import { NOT_CONCERNED, satisfactionSurveyPayloadSchema, type SurveyDefinition } from './satisfaction-survey.schema.js';
import { checkDefinition } from './definition-check.js';
import { conditionHolds, isAnswered, visibleSections, type SurveyState } from './survey-logic.js';
import { buildAnswers } from './answer-check.js';

// "Non concerné", yes/no facts and the default questionnaire's content (issue 13).

const definition: SurveyDefinition = {
  id: 'essai',
  title: 'Essai',
  sections: [
    {
      id: 'a',
      title: 'A',
      questions: [
        { id: 'jour-meme', type: 'rating', label: 'Rendez-vous le jour même ?', notConcerned: true },
        { id: 'joindre', type: 'yesno', label: 'Facile de nous joindre ?', notConcerned: true, notConcernedLabel: 'Je n’ai pas essayé' },
        {
          id: 'venue',
          type: 'single',
          label: 'Venue ?',
          notConcerned: true,
          options: [
            { id: 'pied', label: 'À pied' },
            { id: 'bus', label: 'En bus' },
          ],
        },
        { id: 'note', type: 'rating', label: 'Note ?' },
      ],
    },
    { id: 'b', title: 'B', showIf: { question: 'jour-meme', equals: NOT_CONCERNED }, questions: [{ id: 'pourquoi', type: 'short-text', label: 'Pourquoi ?' }] },
  ],
};
const state = (answers: SurveyState['answers']): SurveyState => ({ answers, others: {} });
const payload = (answers: unknown[]) => ({ campaign: '2026-T4', surveyId: 'essai', surveyTitle: 'Essai', kiosk: false, answers });
const questions = (d: SurveyDefinition) => d.sections.flatMap((s) => s.questions);

describe('survey: "non concerné" is an answer of its own, never a rating', () => {
  it('counts as an answer only on a question that offers it', () => {
    const [rating, yesno, single, plain] = definition.sections[0]!.questions;
    expect(isAnswered(rating!, NOT_CONCERNED)).to.be.true;
    expect(isAnswered(yesno!, NOT_CONCERNED)).to.be.true;
    expect(isAnswered(single!, NOT_CONCERNED)).to.be.true;
    expect(isAnswered(plain!, NOT_CONCERNED), 'a rating without the option').to.be.false;
  });

  it('is sent with notConcerned: true, the words shown, and the reserved value, which the payload schema accepts', () => {
    const answers = buildAnswers(
      definition,
      state({ 'jour-meme': NOT_CONCERNED, joindre: NOT_CONCERNED, venue: NOT_CONCERNED, note: NOT_CONCERNED }),
      'Autre',
      'Non concerné',
    );
    expect(answers).to.deep.equal([
      {
        questionId: 'jour-meme',
        type: 'rating',
        section: 'a',
        label: 'Rendez-vous le jour même ?',
        value: NOT_CONCERNED,
        valueLabels: ['Non concerné'],
        notConcerned: true,
      },
      {
        questionId: 'joindre',
        type: 'yesno',
        section: 'a',
        label: 'Facile de nous joindre ?',
        value: NOT_CONCERNED,
        valueLabels: ['Je n’ai pas essayé'],
        notConcerned: true,
      },
      { questionId: 'venue', type: 'single', section: 'a', label: 'Venue ?', value: NOT_CONCERNED, valueLabels: ['Non concerné'], notConcerned: true },
    ]);
    expect(z.safeParse(satisfactionSurveyPayloadSchema, payload(answers)).success).to.be.true;
  });

  it('the payload schema keeps a rating a rating: "non-concerne" without the flag, or the flag with a grade, is refused', () => {
    const rating = { questionId: 'jour-meme', type: 'rating', label: 'Rendez-vous le jour même ?' };
    expect(z.safeParse(satisfactionSurveyPayloadSchema, payload([{ ...rating, value: NOT_CONCERNED }])).success).to.be.false;
    expect(z.safeParse(satisfactionSurveyPayloadSchema, payload([{ ...rating, value: 3, notConcerned: true }])).success).to.be.false;
    expect(z.safeParse(satisfactionSurveyPayloadSchema, payload([{ ...rating, value: 3 }])).success, 'an old payload still passes').to.be.true;
  });

  it('a condition may test it, and the definition check knows the reserved value', () => {
    expect(conditionHolds({ question: 'jour-meme', equals: NOT_CONCERNED }, { 'jour-meme': NOT_CONCERNED })).to.be.true;
    expect(visibleSections(definition, state({ 'jour-meme': NOT_CONCERNED })).map((s) => s.section.id)).to.deep.equal(['a', 'b']);
    expect(visibleSections(definition, state({ 'jour-meme': 2 })).map((s) => s.section.id)).to.deep.equal(['a']);
    expect(checkDefinition(definition).ok).to.be.true;
  });

  it('a definition may not use "non-concerne" as an option id, nor its label without the option', () => {
    const reserved = structuredClone(definition) as unknown as { sections: Array<{ questions: Array<Record<string, unknown>> }> };
    (reserved.sections[0]!.questions[2]!.options as Array<{ id: string }>)[0]!.id = NOT_CONCERNED;
    const refused = checkDefinition(reserved);
    expect(refused.ok).to.be.false;
    expect(JSON.stringify(refused.ok ? [] : refused.problems)).to.contain('notConcerned');
    const orphan = structuredClone(definition) as unknown as { sections: Array<{ questions: Array<Record<string, unknown>> }> };
    orphan.sections[0]!.questions[3]!.notConcernedLabel = 'Pas pour moi';
    const result = checkDefinition(orphan);
    expect(result.ok).to.be.false;
    expect(result.ok ? '' : result.problems[0]!.path).to.equal('definition.sections[0].questions[3].notConcernedLabel');
  });
});

describe('survey: the default questionnaire (seeds 001, 003, 004)', () => {
  for (const [lang, survey] of [
    ['fr', defaultSurveyFr],
    ['en', defaultSurveyEn],
  ] as const) {
    it(`${lang}: no "would you recommend us" (seed 001, the « questionnaire consommateur »)`, () => {
      expect(questions(survey).map((q) => q.id)).not.to.include('recommander');
      expect(JSON.stringify(survey)).not.to.match(/conseilleriez|recommend/i);
    });

    it(`${lang}: facts are yes/no, not a quality scale; "non concerné" where not everyone has lived it`, () => {
      const byId = new Map(questions(survey).map((q) => [q.id, q]));
      expect(byId.get('joignabilite')).to.include({ type: 'yesno', notConcerned: true });
      expect(byId.get('confidentialite')).to.include({ type: 'yesno' });
      expect(byId.get('rendez-vous-jour-meme')).to.include({ type: 'yesno', notConcerned: true });
      expect(byId.get('continuite')).to.include({ type: 'yesno', notConcerned: true });
    });

    it(`${lang}: the items the seeds name: same-day appointments, continuity, what the structure offers, answering as a relative or carer`, () => {
      const ids = questions(survey).map((q) => q.id);
      expect(ids).to.include.members(['rendez-vous-jour-meme', 'continuite', 'connaitre-offre', 'repondant', 'needs', 'satisfaction-globale']);
      const respondent = questions(survey).find((q) => q.id === 'repondant');
      expect(respondent && 'options' in respondent ? respondent.options.map((o) => o.id) : []).to.deep.equal(['pour-soi', 'proche-aidant']);
    });

    it(`${lang}: no academic reference shown to patients`, () => {
      expect(survey.source).to.be.undefined;
      expect(JSON.stringify(survey)).not.to.match(/HAS|Fécop|fiche|guide/);
    });
  }
});
