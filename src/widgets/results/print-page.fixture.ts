// A page for the print test (results-print.node-test.ts): a device holding a full campaign of the
// default questionnaire, an event's signups, ideas with the team's answers and two self-checks (the
// poster and the yearly summary), the view opened on it. Not part of any bundle.
import { createEnvelope } from '../../core/envelope.js';
import { LocalStore } from '../../core/storage.js';
import { item, signupItems } from './results.fixtures.js';
import { TEAM_ANSWERS_NAMESPACE } from './sources.js';
import type { SurveyAnswer } from './payloads.js';
import { DEFAULT_QUESTIONNAIRE } from './survey-order.js';
import './results.js';

const ratings: Record<string, string> = {
  accueil: 'Que pensez-vous de l’accueil ?',
  'prise-rendez-vous': 'Que pensez-vous de la prise de rendez-vous ?',
  'delai-rendez-vous': 'Que pensez-vous du délai pour avoir un rendez-vous ?',
  attente: 'Que pensez-vous du temps d’attente en salle d’attente ?',
  information: 'Que pensez-vous des informations données (horaires, affichage, explications) ?',
  locaux: 'Que pensez-vous des locaux et de leur accès (propreté, confort, accessibilité) ?',
  'satisfaction-globale': 'Dans l’ensemble, que pensez-vous de la maison de santé ?',
};
const yesno: Record<string, string> = {
  joignabilite: 'Est-il facile de nous joindre (téléphone, message) ?',
  'rendez-vous-jour-meme': 'Quand vous avez eu besoin de voir un soignant le jour même, est-ce que c’était possible ?',
  continuite: 'Quand vous revenez, l’équipe connaît-elle déjà votre situation ?',
  confidentialite: 'La confidentialité est-elle respectée (à l’accueil, en salle d’attente) ?',
};
const choices: Record<string, string> = {
  'moyen-rendez-vous': 'Comment prenez-vous rendez-vous ?',
  'connaitre-offre': 'Savez-vous ce que propose la maison de santé (soins, ateliers, prévention) ?',
  needs: 'Quels thèmes de santé ou ateliers vous intéressent ?',
  repondant: 'Vous répondez…',
  age: 'Quel âge avez-vous ?',
  frequence: 'Vous venez à la maison de santé…',
};

/** Person `p`'s answers to the whole default questionnaire (a pseudo-random but fixed spread). */
function answers(p: number): SurveyAnswer[] {
  const list: SurveyAnswer[] = [];
  for (const [index, question] of DEFAULT_QUESTIONNAIRE.entries()) {
    const id = question.id;
    const pick = (p * 7 + index * 3) % 10;
    if (ratings[id]) list.push({ questionId: id, type: 'rating', label: ratings[id], value: [5, 4, 4, 3, 5, 2, 4, 5, 1, 4][pick]! });
    else if (yesno[id]) list.push({ questionId: id, type: 'yesno', label: yesno[id], value: pick < 7 });
    else if (question.options) {
      const options = question.options;
      const chosen =
        id === 'needs' || id === 'moyen-rendez-vous'
          ? [options[pick % options.length]!, options[(pick + 3) % options.length]!]
          : [options[pick % options.length]!];
      const unique = [...new Map(chosen.map((o) => [o[0], o])).values()].sort((a, b) => options.indexOf(a) - options.indexOf(b));
      const type = id === 'needs' || id === 'moyen-rendez-vous' ? 'multiple' : 'single';
      list.push({
        questionId: id,
        type,
        label: choices[id]!,
        value: type === 'multiple' ? unique.map((o) => o[0]) : unique[0]![0],
        valueLabels: unique.map((o) => o[1]),
      });
    } else if (id === 'commentaire' && p % 4 === 0)
      list.push({
        questionId: id,
        type: 'long-text',
        label: 'Avez-vous autre chose à nous dire ?',
        value: `Remarque n° ${p + 1} : merci à l’équipe de l’accueil.`,
      });
  }
  return list;
}

/** Ideas of 2026 and the team's answers (undefined: not answered yet). */
const ideas: Array<
  [theme: string, themeLabel: string, text: string, day: string, answer?: { status: string; answer: string; publishText: boolean; answeredAt: string }]
> = [
  [
    'accueil',
    'Accueil',
    'Mettre plus de chaises dans la salle d’attente, on reste debout le lundi matin.',
    '2026-03-02',
    { status: 'realisee', answer: 'Huit chaises de plus sont arrivées en avril.', publishText: true, answeredAt: '2026-04-20' },
  ],
  [
    'locaux',
    'Locaux et accessibilité',
    'Une rampe à l’entrée pour les poussettes et les fauteuils.',
    '2026-05-11',
    { status: 'retenue', answer: 'La rampe est commandée : elle sera posée en janvier 2027.', publishText: false, answeredAt: '2026-06-02' },
  ],
  [
    'rendez-vous',
    'Prise de rendez-vous',
    'Pouvoir prendre rendez-vous par SMS.',
    '2026-06-15',
    {
      status: 'non-retenue',
      answer: 'Notre logiciel ne le permet pas. Vous pouvez appeler ou passer à l’accueil.',
      publishText: true,
      answeredAt: '2026-07-01',
    },
  ],
  [
    'prevention',
    'Prévention et ateliers',
    'Un atelier cuisine pour les personnes diabétiques.',
    '2026-09-03',
    { status: 'realisee', answer: 'Premier atelier le 3 décembre : inscrivez-vous à l’accueil.', publishText: true, answeredAt: '2026-10-10' },
  ],
  ['information', 'Information et affichage', 'Afficher les horaires des médecins dans l’entrée.', '2026-10-20'],
];

/** The team's self-checks: a year ago (ACI level 1), and this autumn (level 2) with its action plan. */
function selfCheck(assessedAt: string, aciLevel: 0 | 1 | 2, levels: [number, number]) {
  return {
    assessedAt,
    mode: 'consensus',
    dimensions: [
      { id: 'gouvernance', label: 'Gouvernance', notConcerned: false, level: levels[0], practices: [] },
      { id: 'information', label: 'Information des patients', notConcerned: false, level: levels[1], practices: [] },
    ],
    aciLevel,
    alibiWarnings: [],
    obstacles: ['recrutement'],
    actionPlan:
      aciLevel === 2
        ? [
            { dimensionId: 'gouvernance', practiceId: 'comite', label: 'Créer un comité d’usagers qui se réunit deux fois par an', due: '2027-03' },
            { dimensionId: 'information', practiceId: 'affiches', label: 'Relire nos affiches et notre site avec des usagers', due: '2027-06' },
          ]
        : [],
  };
}

async function seed(): Promise<void> {
  // A fresh device at each page load (the test's pages share one browser profile).
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('print-test');
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
  const store = await LocalStore.open('print-test');
  for (const [theme, themeLabel, text, day, answer] of ideas) {
    const idea = item('idea', { theme, themeLabel, text }, day);
    await store.saveSubmission(idea.envelope);
    if (answer) await store.putDocument(TEAM_ANSWERS_NAMESPACE, idea.id, answer);
  }
  for (const [day, level, levels] of [
    ['2025-11-11', 1, [1, 1]],
    ['2026-10-15', 2, [3, 2]],
  ] as const) {
    await store.saveSubmission(item('self-check', selfCheck(day, level, [...levels]), day).envelope);
  }
  for (let p = 0; p < 17; p++) {
    const payload = {
      campaign: p < 15 ? '2026-T4' : '2026-T3',
      surveyId: 'satisfaction-msp',
      surveyTitle: 'Votre avis sur la maison de santé',
      kiosk: false,
      answers: answers(p),
    };
    await store.saveSubmission(createEnvelope('survey', payload, { locale: 'fr', now: new Date(`2026-11-${String(p + 1).padStart(2, '0')}T10:00:00Z`) }));
  }
  for (const signup of signupItems()) await store.saveSubmission(signup.envelope);
}

await seed();
const view = document.createElement('msp-results');
view.setAttribute('db-name', 'print-test');
view.setAttribute('structure-name', 'Maison de santé des Tilleuls');
document.body.append(view);
(window as unknown as { printReady: boolean }).printReady = true;
