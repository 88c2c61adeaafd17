// Unit tests of reporting back (report.ts, report-file.ts): the poster's figures and ideas, the
// yearly summary's counts, worked out by hand from results.fixtures.ts.
import { expect } from '@open-wc/testing';
import type { TeamAnswer } from '../../contracts/idea.js';
import { ResultsData, firstKindWithData } from './results-data.js';
import { item, ideaItems, selfCheckItems, signupItems, surveyItems } from './results.fixtures.js';
import { outOfTen, posterContent, reportYears, shorten, yearlySummary, yearOf, type ReportInput } from './report.js';
import { summaryCsv, summarySections, summaryText } from './report-file.js';
import type { SelfCheckPayload, SurveyAnswer } from './payloads.js';
import { resultsFr } from './translations/fr.js';
import { figureSentence } from './views/poster.view.js';

const rating = (questionId: string, value: number): SurveyAnswer => ({ questionId, type: 'rating', label: `Que pensez-vous de ${questionId} ?`, value });
const yesno = (questionId: string, value: boolean): SurveyAnswer => ({ questionId, type: 'yesno', label: `${questionId} ?`, value });

/** 12 responses in 2026: accueil 4 or 5 for 9 of them (9/12 → 8 sur 10 rounded); joignabilité yes 6/12 (5 sur 10); locaux by 3 people only. */
function posterSurveys() {
  return Array.from({ length: 12 }, (_, p) =>
    item(
      'survey',
      {
        campaign: '2026-T4',
        surveyId: 's',
        surveyTitle: 'S',
        kiosk: false,
        answers: [
          rating('satisfaction-globale', p < 10 ? 5 : 2),
          rating('accueil', p < 9 ? 4 : 3),
          yesno('joignabilite', p % 2 === 0),
          ...(p < 3 ? [rating('locaux', 5)] : []),
        ],
      },
      `2026-0${(p % 9) + 1}-10`,
    ),
  );
}

/** The four fixture ideas, made once (each call of ideaItems() gives new ids). */
const ideas = ideaItems();

function input(answers: Map<string, TeamAnswer> = new Map(), extra: ReturnType<typeof item>[] = []): ReportInput {
  const data = new ResultsData([...posterSurveys(), ...surveyItems(), ...ideas, ...signupItems(), ...selfCheckItems(), ...extra]);
  return { surveys: data.itemsOf('survey'), ideas: data.ideaRows(answers), events: data.events.events, selfChecks: data.selfChecks };
}

const ideaIds = () => ideas.map((i) => i.id);

describe('results: reporting back — the poster', () => {
  it('says a share as people out of 10 once 10 answered, as counted below', () => {
    expect(outOfTen(9, 12)).to.deep.equal({ count: 8, outOf: 10 });
    expect(outOfTen(6, 12)).to.deep.equal({ count: 5, outOf: 10 });
    expect(outOfTen(10, 10)).to.deep.equal({ count: 10, outOf: 10 });
    expect(outOfTen(4, 7)).to.deep.equal({ count: 4, outOf: 7 });
  });

  it('cuts long text at a word, with an ellipsis', () => {
    expect(shorten('Un  texte\ncourt', 40)).to.equal('Un texte court');
    expect(shorten('Mettre plus de chaises dans la salle d’attente', 20)).to.equal('Mettre plus de…');
  });

  it('reads years as the structure does: a written day as written, a UTC instant in Paris time', () => {
    expect(yearOf('2026-12-31')).to.equal(2026);
    expect(yearOf('2026-12-03T14:00:00+01:00')).to.equal(2026);
    expect(yearOf('2026-12-31T23:30:00.000Z')).to.equal(2027);
  });

  it('puts the overall question first, then the questionnaire’s order, and never a figure from fewer than 5 people', () => {
    const poster = posterContent(input(), 2026);
    // 12 poster responses + 6 readable fixture responses, all in 2026 (the unreadable item is not a response).
    expect(poster.responses).to.equal(18);
    const figures = poster.figures.map((f) => [f.questionId, f.count, f.outOf]);
    // satisfaction-globale: 10 of 12 → 8 sur 10; accueil: 9 of 12 + 3 of 4 (fixture 5,4,3,5) + 0 of 2 → 12 of 18 → 7 sur 10;
    // global (fixture): 4,2,5,3,4 → 3 of 5 → 3 sur 5; joignabilite: 6 of 12 → 5 sur 10.
    expect(figures).to.deep.equal([
      ['satisfaction-globale', 8, 10],
      ['accueil', 7, 10],
      ['global', 3, 5],
      ['joignabilite', 5, 10],
    ]);
    expect(
      poster.figures.find((f) => f.questionId === 'locaux'),
      '3 people: no figure',
    ).to.be.undefined;
  });

  it('says each figure in plain words, the verb agreeing with the count', () => {
    const t = resultsFr;
    const figure = { questionId: 'accueil', type: 'rating' as const, label: 'Q', count: 8, outOf: 10, respondents: 12 };
    expect(`${t.report.posterCount(8, 10)} ${figureSentence(t, figure)}`).to.equal('8 personnes sur 10 trouvent l’accueil bien ou très bien');
    expect(`${t.report.posterCount(1, 10)} ${figureSentence(t, { ...figure, count: 1 })}`).to.equal('1 personne sur 10 trouve l’accueil bien ou très bien');
    expect(figureSentence(t, { ...figure, questionId: 'mine', type: 'yesno', count: 3, label: 'Avez-vous trouvé ?' })).to.equal(
      'répondent oui à\u00a0: Avez-vous trouvé ?'.replace(' ?', '\u202f?'),
    );
  });

  it('shows the ideas answered in the year, done first, their text only when published; a status alone is not an answer', () => {
    const [chairs, ramp, refused, formula] = ideaIds();
    const answers = new Map<string, TeamAnswer>([
      [chairs!, { status: 'retenue', answer: 'Six chaises de plus arrivent en janvier.', publishText: true, answeredAt: '2026-11-05' }],
      [ramp!, { status: 'realisee', answer: 'La rampe est posée depuis le 2 novembre.', publishText: false, answeredAt: '2026-11-03' }],
      [refused!, { status: 'realisee', answer: 'Jamais reçue.', publishText: true, answeredAt: '2026-11-06' }],
      [formula!, { status: 'a-l-etude', answer: '', publishText: false }],
    ]);
    const poster = posterContent(input(answers), 2026);
    expect(poster.ideas.map((i) => [i.status, i.text, i.themeLabel, i.answer])).to.deep.equal([
      ['realisee', undefined, 'Locaux et accessibilité', 'La rampe est posée depuis le 2 novembre.'],
      ['retenue', 'Mettre plus de chaises dans la salle d’attente', 'Accueil', 'Six chaises de plus arrivent en janvier.'],
    ]);
    expect(poster.moreIdeas).to.equal(0);
    expect(posterContent(input(answers), 2025).ideas).to.deep.equal([]);
  });

  it('lists the action plan of the latest self-check up to the year', () => {
    const plan = { ...(selfCheckItems()[1]!.envelope.payload as unknown as SelfCheckPayload) };
    plan.assessedAt = '2026-10-01';
    plan.actionPlan = [
      { dimensionId: 'gouvernance', practiceId: 'comite', label: 'Créer un comité d’usagers', due: '2027-03' },
      { dimensionId: 'information', practiceId: 'affiches', label: 'Relire nos affiches avec des usagers' },
    ];
    const poster = posterContent(input(new Map(), [item('self-check', plan, '2026-10-01')]), 2026);
    expect(poster.actions).to.deep.equal([
      { label: 'Créer un comité d’usagers', due: '2027-03' },
      { label: 'Relire nos affiches avec des usagers', due: undefined },
    ]);
    expect(posterContent(input(new Map(), [item('self-check', plan, '2026-10-01')]), 2025).actions).to.deep.equal([]);
  });

  it('offers every year with data, the current one first when newer', () => {
    expect(reportYears(input(), 2027)).to.deep.equal([2027, 2026, 2025]);
  });
});

describe('results: reporting back — the yearly summary', () => {
  const [chairs, ramp] = ideaIds();
  const answers = new Map<string, TeamAnswer>([
    [chairs!, { status: 'retenue', answer: 'Six chaises de plus.', publishText: false, answeredAt: '2026-11-05' }],
    [ramp!, { status: 'non-retenue', answer: 'Le bailleur refuse ; nous cherchons.', publishText: false, answeredAt: '2026-11-03' }],
  ]);
  const order = ['recue', 'a-l-etude', 'retenue', 'realisee', 'non-retenue'];

  it('counts surveys, ideas, events and the self-check of the year', () => {
    const summary = yearlySummary(input(answers), 2026, '2026-12-05', order);
    // Campaigns of 2026, oldest first: 2026-T3 (2 responses), 2026-T4 (12 + 4).
    expect(summary.surveys.campaigns.map((c) => [c.campaign, c.responses])).to.deep.equal([
      ['2026-T3', 2],
      ['2026-T4', 16],
    ]);
    expect(summary.surveys.responses).to.equal(18);
    // Ideas: 3 received (the refused one never was), 2 answered; statuses in the team's order.
    expect(summary.ideas).to.deep.equal({
      received: 3,
      answered: 2,
      byStatus: [
        { status: 'recue', count: 1 },
        { status: 'retenue', count: 1 },
        { status: 'non-retenue', count: 1 },
      ],
      answersWritten: 2,
    });
    // Atelier (3 Dec, held by the 5th): 5 signups placed (2 with a seat, 3 waiting), 4 seats; marche (10 Dec): planned, 2 signups, 4 seats.
    expect(summary.events).to.deep.include({ held: 1, planned: 1, signups: 7, seatsConfirmed: 8 });
    // Self-checks: 2026-01-15 (ACI 1) and 2026-09-01 (ACI 2); before the year: 2025-06-10 (ACI 1).
    expect(summary.selfCheck).to.deep.include({ assessments: 2, aciLevel: 2, aciBefore: 1, beforeDay: '2025-06-10', lastDay: '2026-09-01' });
    expect(summary.selfCheck.dimensions.map((d) => [d.id, d.before, d.now])).to.deep.equal([
      ['diagnostics', 1, 3],
      ['sante-publique', 0, 1],
      ['formation', null, 2],
    ]);
  });

  it('writes the same sections as CSV for French Excel and as text for the report', () => {
    const summary = yearlySummary(input(answers), 2026, '2026-12-05', order);
    const sections = summarySections(summary, {
      t: resultsFr,
      format: { longDay: (iso) => `le ${iso}` },
      statusLabel: (id) => resultsFr.ideaStatuses[id] ?? id,
    });
    expect(sections.map((s) => s.id)).to.deep.equal(['surveys', 'ideas', 'events', 'event-list', 'self-check', 'dimensions']);
    const csv = summaryCsv('Bilan 2026', sections);
    expect(csv.startsWith('\uFEFFBilan 2026\r\n')).to.be.true;
    expect(csv).to.include('Idées reçues;3\r\n').and.include('Atelier nutrition;le 2026-12-03;5;4;\r\n');
    expect(csv).to.include('Diagnostics et états des lieux;1 – Information → 3 – Collaboration');
    const text = summaryText(resultsFr, 'Bilan 2026', ['MSP du Bocage'], sections);
    expect(text).to.include('Réponses reçues\u00a0: 18').and.include('Idées au statut «\u00a0Non retenue\u00a0»\u00a0: 1');
  });

  it('says when there was no self-check in the year', () => {
    const summary = yearlySummary(input(), 2024, '2026-12-05', order);
    expect(summary.selfCheck).to.deep.equal({ assessments: 0, dimensions: [] });
    const sections = summarySections(summary, { t: resultsFr, format: { longDay: (iso) => iso }, statusLabel: (id) => id });
    expect(sections.find((s) => s.id === 'self-check')!.note).to.equal(resultsFr.report.noSelfCheck);
  });
});

describe('results: the kind the view opens on (issue 14)', () => {
  it('keeps the kind shown when it has data, else the first that has some', () => {
    const counts: Record<string, number> = { survey: 0, idea: 3, 'event-signup': 2, 'self-check': 0 };
    const kinds = ['survey', 'idea', 'event-signup', 'self-check'] as const;
    expect(firstKindWithData(kinds, (k) => counts[k]!, 'survey')).to.equal('idea');
    expect(firstKindWithData(kinds, (k) => counts[k]!, 'event-signup')).to.equal('event-signup');
    expect(firstKindWithData(kinds, () => 0, 'survey')).to.equal('survey');
  });
});
