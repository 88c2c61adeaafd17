import { plural } from '../../../core/i18n.js';
import { withFrenchSpacing } from '../../../core/french-typography.js';
import type { SurveyLaterStrings } from './later.fr.js';

/** The later screens' words in French easy-read (FALC; see later.fr.ts, and easy.ts for the rules). */
export const surveyLaterEasy: SurveyLaterStrings = withFrenchSpacing({
  alreadyTitle: 'Vous avez déjà répondu. Merci !',
  already: 'Ce téléphone ou cet ordinateur a déjà envoyé des réponses. Vous répondez 1 seule fois par téléphone ou par ordinateur.',
  alreadyElse: 'Une autre personne veut répondre ? Elle peut donner son avis à l’accueil.',
  thanksTitle: 'Merci pour vos réponses !',
  thanksBody: 'L’équipe va lire les réponses. Ensuite, elle vous dira ce qu’elle fait. Elle le dira dans la salle d’attente ou sur le site internet.',
  kioskNext: (seconds: number) =>
    plural('fr', seconds, {
      one: `Dans ${seconds} seconde, les questions recommencent pour la personne suivante.`,
      other: `Dans ${seconds} secondes, les questions recommencent pour la personne suivante.`,
    }),
  kioskRestart: 'Recommencer pour la personne suivante',
  idleTitle: 'Vous êtes toujours là ?',
  idleBody: (seconds: number) =>
    plural('fr', seconds, {
      one: `Touchez l’écran pour continuer. Sinon, vos réponses seront effacées dans ${seconds} seconde.`,
      other: `Touchez l’écran pour continuer. Sinon, vos réponses seront effacées dans ${seconds} secondes.`,
    }),
  idleContinue: 'Je continue',
  cleared: 'Les réponses d’avant sont effacées. Les questions sont prêtes pour la personne suivante.',
  invitation: {
    title: 'Voulez-vous aider l’équipe ?',
    intro:
      'L’équipe cherche des personnes pour donner leur avis. Ensemble, vous préparez des projets. Tout le monde peut venir. Vous arrêtez quand vous voulez.',
    apart:
      'Vos réponses sont déjà parties, sans votre nom. Ici, vous donnez votre téléphone ou votre adresse e-mail. Ces informations partent à part de vos réponses.',
    offersLegend: 'Qu’est-ce qui vous intéresse ?',
    offers: {
      comite: 'Venir aux réunions de patients avec l’équipe',
      ateliers: 'Aider à préparer des rencontres avec l’équipe',
      rappel: 'Recevoir un appel pour en parler',
    },
    contactLabel: 'Votre téléphone ou votre adresse e-mail',
    contactHint: 'L’équipe vous appelle ou vous écrit.',
    contactRequired: 'Écrivez votre téléphone ou votre adresse e-mail.',
    consentLegend: 'Votre accord',
    consentLabel: (recipient: string) => `J’accepte que l’équipe me contacte. Qui reçoit mes informations : ${recipient}.`,
    consentRequired: 'Cochez la case pour donner votre accord.',
    noticeTitle: 'Ce que nous faisons de vos informations',
    notice: (recipient: string, retention: string, rights: string) => [
      `Qui reçoit vos informations : ${recipient}.`,
      'Pourquoi : pour vous appeler ou vous écrire. Vos informations restent à part de vos réponses.',
      `Combien de temps nous les gardons : ${retention}.`,
      `Vous pouvez demander à voir, changer ou effacer vos informations. Pour cela : ${rights}.`,
    ],
    send: 'Envoyer mes informations',
    doneTitle: 'Merci ! L’équipe va vous contacter.',
    doneBody: 'Vos informations sont parties à part de vos réponses.',
    themeLabel: 'Participer à la vie de la maison de santé',
    message: (chosen: readonly string[]) =>
      chosen.length
        ? `Après les questions, je veux participer : ${chosen.map((c) => c.charAt(0).toLowerCase() + c.slice(1)).join(', ')}.`
        : 'Après les questions, je veux participer à la vie de la maison de santé.',
  },
  outcome: {
    sent: 'Merci ! L’équipe a bien reçu vos réponses.',
    queued: 'Merci ! Vos réponses sont gardées ici. Elles partiront quand internet reviendra.',
    saved: 'Merci ! Vos réponses sont gardées.',
    rejected: 'Vos réponses ne sont pas parties. Vous pouvez donner votre avis à l’accueil.',
    refusedForNow: (until: string) =>
      `Vos réponses ne sont pas encore parties. Elles vont repartir toutes seules jusqu’au ${until}. Vous pouvez aussi donner votre avis à l’accueil.`,
    failedSend: 'Vos réponses ne sont pas parties. Vérifiez internet. Ensuite, appuyez encore sur « Envoyer mes réponses ».',
    failedSave: 'Cette page ne peut pas garder vos réponses. Vous pouvez donner votre avis à l’accueil.',
    delivered: 'Vos réponses viennent de partir.',
  },
});
