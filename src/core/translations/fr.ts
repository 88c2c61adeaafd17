import { plural } from '../i18n.js';

/** Strings shared by every widget. French is the source: other locales must provide every key. */
export const coreFr = {
  configNoticeTitle: 'Ce formulaire ne peut pas s’afficher pour le moment.',
  configNoticeBody: 'Sa configuration contient une erreur. Vous pouvez contacter la maison de santé directement.',
  configNoticeDetails: 'Détails pour la personne qui gère ce site',
  configProblem: (expected: string, found: string) => `attendu ${expected}, reçu ${found}`,
  required: 'obligatoire',
  /** Beside an optional field's label, with its own punctuation. */
  optional: '(facultatif)',
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
  /** Shown under a confirmation: what the number is for. */
  reference: (reference: string) => `Si vous appelez l’accueil à propos de cet envoi, donnez ce numéro : ${reference}`,
  loading: 'Chargement…',
  loadFailed: 'Cette partie n’a pas pu être chargée. Vérifiez la connexion à internet, puis réessayez.',
  noStorageNotice: 'Ce formulaire ne peut pas garder de réponse sur cette page. Vous pouvez donner votre avis directement à l’accueil.',
  languageLabel: 'Langue',
  easyReadSwitch: 'Facile à lire',
  /** The name of a read-aloud button. */
  readAloud: (what: string) => `Écouter : ${what}`,
  /** No error code, no "serveur": the code goes to the console and `msp-error`. */
  status: {
    sent: 'Merci ! L’équipe a bien reçu votre message.',
    queued: 'Merci ! Votre message est gardé sur cet appareil. Il partira tout seul quand la connexion reviendra.',
    saved: 'Merci ! Votre message est enregistré.',
    rejected: (_httpStatus: number) =>
      'Votre message n’a pas pu être remis à l’équipe. Une copie reste 30 jours sur cet appareil. Vous pouvez aussi le donner à l’accueil.',
    /** 401, 403, 404: the outbox retries until `until` (SubmitOutcome.retryUntil). */
    refusedForNow: (_httpStatus: number, until: Date) =>
      `Votre message n’est pas encore parti. Cet appareil réessaiera tout seul jusqu’au ${until.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' })}. Vous pouvez aussi le donner à l’accueil.`,
    /** The contact details will leave the device when the retries end (SubmitOutcome.personalDataErasedAt). */
    personalDataErasedLater: (at: Date) =>
      `S’il n’est pas parti le ${at.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' })}, vos coordonnées seront effacées de cet appareil.`,
    /** Refused for good: the contact details are already erased. */
    personalDataErased: 'Vos coordonnées n’ont pas été gardées sur cet appareil. Appelez directement l’accueil.',
    failedSend: 'Votre message n’est pas parti. Vérifiez la connexion puis réessayez. Votre texte est toujours là.',
    failedSave:
      'Ce navigateur ne peut pas garder votre message. Votre texte est toujours là. Essayez un autre navigateur, ou donnez votre message à l’accueil.',
    delivered: 'Votre message en attente vient de partir.',
  },
};

export type CoreStrings = typeof coreFr;
