import { plural } from '../i18n.js';
import type { CoreStrings } from './fr.js';

/** French easy-read (FALC): one idea per sentence, common words, no codes. */
export const coreEasy: CoreStrings = {
  configNoticeTitle: 'Ce formulaire ne marche pas pour le moment.',
  configNoticeBody: 'Il y a une erreur sur le site. Vous pouvez appeler l’accueil.',
  configNoticeDetails: 'Détails pour la personne qui gère ce site',
  configProblem: (expected, found) => `attendu ${expected}, reçu ${found}`,
  required: 'obligatoire',
  optional: '— si vous voulez',
  errorPrefix: 'Erreur :',
  errorSummaryTitle: 'Il manque quelque chose',
  errorSummaryIntro: (count) => plural('fr', count, { one: 'Regardez ce point :', other: `Regardez ces ${count} points :` }),
  honeypotLabel: 'Ne remplissez pas ce champ',
  tooFast: 'Prenez quelques secondes pour relire. Ensuite, envoyez.',
  charactersLeft: (count) =>
    count >= 0
      ? plural('fr', count, { one: `Vous pouvez encore écrire ${count} lettre.`, other: `Vous pouvez encore écrire ${count} lettres.` })
      : plural('fr', -count, { one: `Il y a ${-count} lettre en trop.`, other: `Il y a ${-count} lettres en trop.` }),
  send: 'Envoyer',
  sending: 'Envoi en cours',
  tryAgain: 'Essayer encore',
  reference: (reference) => `Votre numéro est ${reference}. Donnez ce numéro si vous appelez l’accueil.`,
  loading: 'Chargement… Attendez un peu.',
  loadFailed: 'Cette page n’est pas venue. Regardez si internet marche. Puis essayez encore.',
  noStorageNotice: 'Ce formulaire ne marche pas sur cette page. Vous pouvez donner votre avis à l’accueil.',
  languageLabel: 'Langue',
  easyReadSwitch: 'Facile à lire',
  readAloud: (what) => `Écouter : ${what}`,
  status: {
    sent: 'Merci ! L’équipe a reçu votre message.',
    queued: 'Merci ! Votre message est gardé sur cet appareil. Il partira tout seul plus tard.',
    saved: 'Merci ! Votre message est gardé.',
    rejected: () => 'Votre message n’est pas arrivé. Vous pouvez le donner à l’accueil.',
    refusedForNow: (_httpStatus, until) =>
      `Votre message n’est pas encore parti. L’appareil essaie encore jusqu’au ${until.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' })}.`,
    personalDataErasedLater: (at) =>
      `Le ${at.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' })}, votre nom et votre téléphone seront effacés de cet appareil.`,
    personalDataErased: 'Votre nom et votre téléphone sont effacés de cet appareil. Appelez l’accueil.',
    failedSend: 'Votre message n’est pas parti. Vérifiez Internet. Ensuite, essayez encore. Votre texte est toujours là.',
    failedSave: 'Cet appareil ne peut pas garder votre message. Votre texte est toujours là. Vous pouvez le donner à l’accueil.',
    delivered: 'Votre message est parti.',
  },
};
