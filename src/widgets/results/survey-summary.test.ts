import { expect } from '@open-wc/testing';
import { item } from './results.fixtures.js';
import type { SurveyAnswer } from './payloads.js';
import { campaignTable, rankBySatisfaction, satisfactionByCampaign, summariseSurveys } from './survey-summary.js';
import { mergeOrder } from './survey-order.js';

const rating = (questionId: string, value: number, section = 'accueil'): SurveyAnswer => ({
  questionId,
  type: 'rating',
  section,
  label: `Q ${questionId}`,
  value,
});
const age = (id: string, label: string): SurveyAnswer => ({
  questionId: 'age',
  type: 'single',
  section: 'profil',
  label: 'Quel âge avez-vous ?',
  value: id,
  valueLabels: [label],
});
const comment = (text: string): SurveyAnswer => ({
  questionId: 'commentaire',
  type: 'long-text',
  section: 'profil',
  label: 'Avez-vous autre chose à nous dire ?',
  value: text,
});
const response = (campaign: string, answers: SurveyAnswer[], day = '2026-11-02') =>
  item('survey', { campaign, surveyId: 'satisfaction-msp', surveyTitle: 'Votre avis', kiosk: false, answers }, day);

/**
 * The issue's campaign, rebuilt to a known answer: 15 responses, 9 rating questions. The overall question
 * (satisfaction-globale) is rated by all 15, 11 of them 4 or 5: 73.3 %. The 8 others are rated
 * 114 times in all, 56 of them 4 or 5. Pooled: 129 ratings, 67 of them 4 or 5: 51.9 %.
 */
function issueCampaign() {
  const others = ['accueil', 'prise-rendez-vous', 'delai-rendez-vous', 'attente', 'information', 'locaux', 'q7', 'q8'];
  const items = [];
  let satisfiedOthers = 0;
  let ratedOthers = 0;
  for (let person = 0; person < 15; person++) {
    const answers: SurveyAnswer[] = [];
    others.forEach((id, index) => {
      // 114 ratings: the last 6 people skip q8 (15 × 8 − 6); ratings alternate 4/2 (57 fours), the very first is a 3.
      if (id === 'q8' && person >= 9) return;
      const value = person === 0 && index === 0 ? 3 : (person + index) % 2 === 0 ? 4 : 2;
      ratedOthers++;
      if (value >= 4) satisfiedOthers++;
      answers.push(rating(id, value));
    });
    answers.push(rating('satisfaction-globale', person < 11 ? 5 : 3, 'global'));
    items.push(response('2026-T4', answers));
  }
  return { items, satisfiedOthers, ratedOthers };
}

describe('results: the headline figure of a campaign', () => {
  it('is the overall question’s share (73.3 %), the pooled share (51.9 %) said as such', () => {
    const { items, satisfiedOthers, ratedOthers } = issueCampaign();
    expect([ratedOthers, satisfiedOthers]).to.deep.equal([114, 56]);
    const [row] = campaignTable(items);
    expect(row!.overall).to.deep.include({ questionId: 'satisfaction-globale', rated: 15, satisfied: 11 });
    expect(Math.round(row!.satisfiedShare! * 1000) / 10).to.equal(73.3);
    expect(row!.pooled).to.deep.include({ ratings: 129, satisfied: 67, questions: 9 });
    expect(Math.round(row!.pooled!.share * 1000) / 10).to.equal(51.9);
  });

  it('falls back to the pooled share, flagged, when the questionnaire asks no overall question', () => {
    const [row] = campaignTable([response('2026-T1', [rating('accueil', 5), rating('attente', 2)]), response('2026-T1', [rating('accueil', 4)])]);
    expect(row!.overall).to.be.undefined;
    expect(row!.pooled).to.deep.equal({ ratings: 3, satisfied: 2, questions: 2, share: 2 / 3 });
    expect(row!.satisfiedShare).to.equal(2 / 3);
  });

  it('finds the overall question of a team’s own questionnaire by its section', () => {
    const [row] = campaignTable([response('2026-T1', [rating('accueil', 5), rating('avis-general', 2, 'global')])]);
    expect(row!.overall?.questionId).to.equal('avis-general');
    expect(row!.satisfiedShare).to.equal(0);
  });

  it('ranks the rating questions by satisfaction, ties by mean then the questionnaire’s order', () => {
    const summary = summariseSurveys([
      response('T', [rating('accueil', 3), rating('attente', 5), rating('locaux', 4), rating('information', 4)]),
      response('T', [rating('accueil', 4), rating('attente', 1), rating('locaux', 5), rating('information', 4)]),
    ]);
    expect(rankBySatisfaction(summary).map((q) => [q.questionId, q.share, q.average])).to.deep.equal([
      ['locaux', 1, 4.5],
      ['information', 1, 4],
      ['accueil', 0.5, 3.5],
      ['attente', 0.5, 3],
    ]);
  });
});

describe('results: summaries follow the questionnaire’s order', () => {
  const conditional: SurveyAnswer = {
    questionId: 'accueil-ameliorer',
    type: 'short-text',
    section: 'accueil',
    label: 'Qu’est-ce qui pourrait être amélioré ?',
    value: 'Sourire',
  };

  it('puts a conditional question back in its place, and lists every age group in order, zero included', () => {
    // First response: no conditional question (accueil rated 4) and 30-44; then 60-74, 18-29, 75+, 45-59.
    const items = [
      response('T', [rating('accueil', 4), age('30-44', '30 à 44 ans'), comment('Merci')]),
      response('T', [rating('accueil', 2), conditional, age('60-74', '60 à 74 ans'), comment('Trop d’attente')]),
      response('T', [rating('accueil', 5), age('18-29', '18 à 29 ans')]),
      response('T', [rating('accueil', 3), age('75-plus', '75 ans et plus')]),
      response('T', [age('45-59', '45 à 59 ans')]),
    ];
    const summary = summariseSurveys(items);
    expect(summary.questions.map((q) => q.questionId)).to.deep.equal(['accueil', 'accueil-ameliorer', 'age', 'commentaire']);
    const ages = summary.questions.find((q) => q.questionId === 'age')!.distribution;
    expect(ages.map((d) => [d.label, d.count])).to.deep.equal([
      ['Moins de 18 ans', 0],
      ['18 à 29 ans', 1],
      ['30 à 44 ans', 1],
      ['45 à 59 ans', 1],
      ['60 à 74 ans', 1],
      ['75 ans et plus', 1],
    ]);
    expect(satisfactionByCampaign(items).questions.map((q) => q.questionId)).to.deep.equal(['accueil']);
  });

  it('places a team’s own questions from the responses, and keeps only the options seen when they differ from the default’s', () => {
    const custom = (value: string, label: string): SurveyAnswer => ({ questionId: 'age', type: 'single', label: 'Âge', value, valueLabels: [label] });
    const own: SurveyAnswer = { questionId: 'parking', type: 'yesno', label: 'Avez-vous trouvé à vous garer ?', value: true };
    const summary = summariseSurveys([
      response('T', [rating('accueil', 4), custom('jeune', 'Moins de 40 ans'), comment('x')]),
      response('T', [rating('accueil', 4), own, custom('vieux', '40 ans et plus')]),
    ]);
    expect(summary.questions.map((q) => q.questionId)).to.deep.equal(['accueil', 'parking', 'age', 'commentaire']);
    expect(summary.questions.find((q) => q.questionId === 'age')!.distribution.map((d) => d.label)).to.deep.equal(['Moins de 40 ans', '40 ans et plus']);
  });

  it('counts "non concerné" apart: never a rating, never in the shares', () => {
    const label = 'Facile de nous joindre ?';
    const yes: SurveyAnswer = { questionId: 'joignabilite', type: 'yesno', section: 'accueil', label, value: true };
    // As the survey sends it since 2026-11 (additive): the value is "non-concerne", never a rating.
    const notConcerned = { ...yes, value: 'non-concerne', valueLabels: ['Je n’ai pas essayé'], notConcerned: true } as unknown as SurveyAnswer;
    const ratedNot = { ...rating('attente', 1), value: 'non-concerne', notConcerned: true } as unknown as SurveyAnswer;
    const summary = summariseSurveys([response('T', [rating('attente', 5), yes]), response('T', [ratedNot, notConcerned])]);
    const [attente, joignabilite] = summary.questions;
    expect([attente!.questionId, attente!.respondents, attente!.notConcerned, attente!.average, attente!.satisfied]).to.deep.equal([
      'attente',
      1,
      1,
      5,
      { count: 1, share: 1 },
    ]);
    expect([joignabilite!.respondents, joignabilite!.notConcerned, joignabilite!.notConcernedLabel]).to.deep.equal([1, 1, 'Je n’ai pas essayé']);
    expect(joignabilite!.distribution.map((d) => [d.key, d.count, d.share])).to.deep.equal([
      ['yes', 1, 1],
      ['no', 0, 0],
    ]);
    expect(campaignTable([response('T', [ratedNot])])[0]!.pooled).to.be.undefined;
  });

  it('merges partial orders, the first seen winning a contradiction', () => {
    expect(
      mergeOrder([
        ['a', 'b', 'd'],
        ['a', 'c', 'd'],
        ['b', 'c'],
      ]),
    ).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(
      mergeOrder([
        ['x', 'y'],
        ['y', 'x'],
      ]),
    ).to.deep.equal(['x', 'y']);
    expect(mergeOrder([['z', 'a']], ['a', 'm', 'z'])).to.deep.equal(['z', 'a']);
    expect(mergeOrder([['c'], ['a']], ['a', 'b', 'c'])).to.deep.equal(['a', 'c']);
  });
});
