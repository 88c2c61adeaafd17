import { plural } from '../i18n.js';

/** Strings shared by every widget. French is the source: other locales must provide every key. */
export const coreFr = {
  configNoticeTitle: 'Ce formulaire ne peut pas s’afficher pour le moment.',
  configNoticeBody: 'Sa configuration contient une erreur. Vous pouvez contacter la maison de santé directement.',
  configNoticeDetails: 'Détails pour la personne qui gère ce site',
  configProblem: (expected: string, found: string) => `attendu ${expected}, reçu ${found}`,
  required: 'obligatoire',
  optional: 'facultatif',
  errorPrefix: 'Erreur :',
  errorSummaryTitle: 'Il y a un problème',
  errorSummaryIntro: (count: number) => plural('fr', count, { one: 'Vérifiez ce point :', other: `Vérifiez ces ${count} points :` }),
  honeypotLabel: 'Ne remplissez pas ce champ',
  tooFast: 'Merci de prendre quelques secondes pour relire avant d’envoyer.',
  charactersLeft: (count: number) =>
    count >= 0
      ? plural('fr', count, { one: `Il reste ${count} caractère`, other: `Il reste ${count} caractères` })
      : plural('fr', -count, { one: `${-count} caractère en trop`, other: `${-count} caractères en trop` }),
  send: 'Envoyer',
  sending: 'Envoi en cours…',
  tryAgain: 'Réessayer',
  reference: (reference: string) => `Référence : ${reference}`,
  status: {
    sent: 'Merci ! Votre contribution a bien été envoyée à l’équipe.',
    queued: 'Merci ! Votre contribution est enregistrée sur cet appareil. Elle sera envoyée automatiquement dès que la connexion le permettra.',
    saved: 'Merci ! Votre contribution est enregistrée.',
    rejected: (httpStatus: number) =>
      `L’envoi a été refusé par le serveur (erreur ${httpStatus}). Une copie est gardée 30 jours sur cet appareil. Vous pouvez aussi transmettre votre message à l’accueil.`,
    /** 401, 403, 404: the outbox retries until `until` (SubmitOutcome.retryUntil). */
    refusedForNow: (httpStatus: number, until: Date) =>
      `Le serveur a refusé l’envoi pour le moment (erreur ${httpStatus}). Votre contribution reste sur cet appareil et sera renvoyée automatiquement jusqu’au ${until.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' })}. Vous pouvez aussi la transmettre à l’accueil.`,
    /** The contact details will leave the device when the retries end (SubmitOutcome.personalDataErasedAt). */
    personalDataErasedLater: (at: Date) =>
      `Si l’envoi n’a pas abouti le ${at.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' })}, vos coordonnées seront effacées de cet appareil.`,
    /** Refused for good: the contact details are already erased. */
    personalDataErased: 'Vos coordonnées n’ont pas été gardées sur cet appareil : contactez directement la maison de santé.',
    failedSend:
      'L’envoi n’a pas abouti et ce navigateur ne permet pas d’en garder une copie. Vérifiez votre connexion puis réessayez : votre texte est toujours là.',
    failedSave:
      'Ce navigateur ne permet pas d’enregistrer votre contribution (navigation privée ?). Votre texte est toujours là : réessayez depuis un autre navigateur ou transmettez-le à l’accueil.',
    delivered: 'Votre contribution en attente vient d’être envoyée.',
  },
};

export type CoreStrings = typeof coreFr;
