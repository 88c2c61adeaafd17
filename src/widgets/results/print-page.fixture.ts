// A page for the print test (results-print.node-test.ts): a device holding a full campaign of the
// default questionnaire and an event's signups, the view opened on it. Not part of any bundle.
import { createEnvelope } from '../../core/envelope.js';
import { LocalStore } from '../../core/storage.js';
import { signupItems } from './results.fixtures.js';
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

async function seed(): Promise<void> {
  const store = await LocalStore.open('print-test');
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
