import { plural } from '../../../core/i18n.js';
import { withFrenchSpacing } from '../../../core/french-typography.js';

/**
 * The words of the survey's later screens — thanks, "already answered", the invitation to take part,
 * the kiosk's countdown, idle warning and reset — apart from the first screen's (fr.ts): they load
 * with the later screens (later.ts) or kiosk mode (kiosk.ts), never in the survey's first download.
 * Same rules as fr.ts: ordinary spaces (`withFrenchSpacing` puts the no-break ones), the structure's
 * name never after "de", "à", "par" or "en".
 */
export const surveyLaterFr = withFrenchSpacing({
  alreadyTitle: 'Vous avez déjà répondu, merci !',
  /** Plain words (issue 14): what happened, then why, in two short sentences. */
  already: 'Cet appareil a déjà envoyé une réponse pour cette période. Chaque appareil envoie une seule réponse, pour que chaque avis compte une fois.',
  alreadyElse: 'Une autre personne utilise cet appareil ? Elle peut aussi donner son avis à l’accueil.',
  thanksTitle: 'Merci pour vos réponses !',
  thanksBody: 'L’équipe lira les résultats et vous dira ce qu’elle en fait, dans la salle d’attente ou sur le site.',
  kioskNext: (seconds: number) =>
    plural('fr', seconds, {
      one: `L’écran revient au début dans ${seconds} seconde pour la personne suivante.`,
      other: `L’écran revient au début dans ${seconds} secondes pour la personne suivante.`,
    }),
  kioskRestart: 'Recommencer pour la personne suivante',
  idleTitle: 'Êtes-vous toujours là ?',
  idleBody: (seconds: number) =>
    plural('fr', seconds, {
      one: `Sans action de votre part, vos réponses seront effacées dans ${seconds} seconde pour la personne suivante.`,
      other: `Sans action de votre part, vos réponses seront effacées dans ${seconds} secondes pour la personne suivante.`,
    }),
  idleContinue: 'Continuer',
  cleared: 'Les réponses précédentes ont été effacées. Le questionnaire est prêt pour la personne suivante.',
  invitation: {
    title: 'Voulez-vous participer avec l’équipe ?',
    intro: 'L’équipe cherche des personnes pour donner leur avis et construire des projets avec elle. Tout le monde peut participer. C’est sans engagement.',
    apart:
      'Vos réponses au questionnaire sont déjà parties, sans votre nom. Ce que vous écrivez ici part séparément : personne ne peut le relier à vos réponses.',
    offersLegend: 'Qu’est-ce qui vous intéresse ?',
    offers: {
      comite: 'Faire partie du comité des usagers : des patients qui se réunissent avec l’équipe',
      ateliers: 'Aider à préparer des ateliers ou un projet avec l’équipe',
      rappel: 'Qu’on m’appelle pour en parler',
    },
    contactLabel: 'Comment vous joindre ?',
    contactHint: 'Un numéro de téléphone ou une adresse e-mail.',
    contactRequired: 'Indiquez un numéro de téléphone ou une adresse e-mail.',
    consentLegend: 'Votre accord',
    consentLabel: (recipient: string) =>
      `J’accepte que ces coordonnées soient transmises pour me recontacter au sujet de ma participation. Destinataire : ${recipient}.`,
    consentRequired: 'Cochez la case d’accord pour que l’équipe puisse vous recontacter.',
    noticeTitle: 'Vos coordonnées : ce qu’elles deviennent',
    notice: (recipient: string, retention: string, rights: string) => [
      `Destinataire : ${recipient}.`,
      'Pourquoi : vous recontacter pour vous proposer de participer. Vos coordonnées ne sont jamais reliées à vos réponses au questionnaire.',
      `Durée de conservation : ${retention}.`,
      `Vos droits : vous pouvez demander à voir, corriger ou effacer ces coordonnées à tout moment (${rights}).`,
    ],
    send: 'Envoyer mes coordonnées',
    doneTitle: 'Merci, l’équipe vous recontactera.',
    doneBody: 'Vos coordonnées sont parties séparément de vos réponses.',
    /** The theme the contact is filed under in the team's list of ideas (kind "idea"). */
    themeLabel: 'Participer à la vie de la maison de santé',
    /** The message the team reads with the contact: what the person chose, in their words. */
    message: (chosen: readonly string[]) =>
      chosen.length
        ? `Après le questionnaire, je souhaite participer : ${chosen.map((c) => c.charAt(0).toLowerCase() + c.slice(1)).join(' ; ')}.`
        : 'Après le questionnaire, je souhaite participer à la vie de la maison de santé.',
  },
  /**
   * What the status region says once the answers left the form (the core's wording is about "votre
   * contribution"): no error code and no "serveur" — the code goes to the console and `msp-error`.
   */
  outcome: {
    sent: 'Merci ! Vos réponses sont bien arrivées à l’équipe.',
    queued: 'Merci ! Vos réponses sont gardées sur cet appareil. Elles partiront toutes seules quand internet reviendra.',
    saved: 'Merci ! Vos réponses sont enregistrées.',
    rejected: 'Vos réponses n’ont pas pu partir. Une copie reste sur cet appareil 30 jours. Vous pouvez aussi donner votre avis à l’accueil.',
    /** `until` is a date already written out ("3 mars"). */
    refusedForNow: (until: string) =>
      `Vos réponses n’ont pas pu partir pour le moment. Elles restent sur cet appareil et repartiront toutes seules jusqu’au ${until}. Vous pouvez aussi donner votre avis à l’accueil.`,
    failedSend: 'Vos réponses n’ont pas pu partir. Vérifiez internet, puis appuyez à nouveau sur « Envoyer mes réponses ». Vos réponses sont toujours là.',
    failedSave: 'Ce navigateur ne peut pas garder vos réponses. Vos réponses sont toujours là. Vous pouvez aussi donner votre avis à l’accueil.',
    delivered: 'Vos réponses en attente viennent de partir.',
  },
});

export type SurveyLaterStrings = typeof surveyLaterFr;
