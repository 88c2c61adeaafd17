import { plural } from '../../../core/i18n.js';
import { withFrenchSpacing } from '../../../core/french-typography.js';
import { defaultSurveyEasy } from '../default-survey.easy.js';
import type { SurveyStrings } from './fr.js';

/**
 * French easy-read ("facile à lire et à comprendre", FALC): every string of `fr.ts` rewritten, not
 * copied, after the 8 rules of the team's guide (I18N-API.md): everyday words, one idea per sentence
 * and 15 words at most, "vous" and the active voice, no abbreviation nor parentheses nor semicolon
 * nor "…", numbers in digits, no code, the same word for the same thing (the device is always "ce
 * téléphone ou cet ordinateur", the steps "étape", the answers "vos réponses"), what matters first.
 * The rating words were already everyday words of one idea each: they stay, so that the faces read the
 * same in both Frenches. The structure's name still stands alone ("Pôle santé Sud : l’équipe…").
 */
export const surveyEasy: SurveyStrings = withFrenchSpacing({
  defaultSurvey: defaultSurveyEasy,
  ratingWords: ['Très mauvais', 'Mauvais', 'Moyen', 'Bien', 'Très bien'] as [string, string, string, string, string],
  yes: 'Oui',
  no: 'Non',
  notConcerned: 'Ce n’est pas mon cas',
  notConcernedBox: 'Cette question n’est pas pour moi',
  otherLabel: 'Autre chose',
  otherField: (question: string) => `Votre autre réponse à la question : ${question}`,
  severalAnswers: 'Vous pouvez choisir plusieurs réponses.',
  atMostChoices: (count: number) => plural('fr', count, { one: 'Choisissez 1 seule réponse.', other: `Vous pouvez choisir ${count} réponses au plus.` }),
  textPrivacy: 'N’écrivez pas votre nom. N’écrivez rien sur votre santé.',
  step: (current: number, total: number) => `Étape ${current} sur ${total}`,
  previous: 'Étape d’avant',
  next: 'Étape suivante',
  submit: 'Envoyer mes réponses',
  duration: (minutes: number) => plural('fr', minutes, { one: 'Cela prend 1 minute.', other: `Cela prend ${minutes} minutes.` }),
  anonymous: 'Vous répondez sans donner votre nom.',
  noticeSummary: 'Ce que nous faisons de vos réponses',
  notice: (structure: string | undefined, oncePerDevice: boolean) =>
    [
      structure
        ? `${structure} : l’équipe lit vos réponses. Elle veut mieux vous accueillir. Elle veut aussi préparer des activités pour vous.`
        : 'L’équipe de la maison de santé lit vos réponses. Elle veut mieux vous accueillir. Elle veut aussi préparer des activités pour vous.',
      'Vous répondez sans donner votre nom. Nous ne demandons pas votre adresse. Nous ne demandons rien sur votre santé. Nous envoyons seulement vos réponses et la date du jour.',
      oncePerDevice
        ? 'Chaque personne donne son avis 1 fois. Ce téléphone ou cet ordinateur garde donc une marque « déjà répondu ». Cette marque ne dit pas qui vous êtes.'
        : '',
      'Vous pouvez passer presque toutes les questions. Vous pouvez arrêter quand vous voulez.',
    ].filter(Boolean),
  source: (text: string) => `D’où viennent les questions : ${text}`,
  requiredMark: 'à remplir',
  loading: 'Les questions arrivent.',
});
