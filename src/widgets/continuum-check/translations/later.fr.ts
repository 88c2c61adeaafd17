import { plural } from '../../../core/i18n.js';
import type { AlibiAnswer } from '../continuum-content.js';
import type { Agreement } from '../continuum-merge.js';
import type { StructureType } from '../continuum-scoring.js';
import { quoted, withFrenchSpacing } from '../../../core/french-typography.js';

/**
 * The self-check's strings for every screen after the start screen (steps, merge, results, chart, plan,
 * next steps, history, sharing) and the messages about them: imported by the later screens' module
 * only (views/later.views.ts, through later.ts), so they come with those screens, not in the first
 * download (issue 16). French is the source; other languages must give every key. Same rules as fr.ts:
 * plain spaces (`withFrenchSpacing` puts the no-break spaces in), the structure's name standing alone.
 */
export const continuumLaterFr = withFrenchSpacing({
  resumed: 'Vos réponses enregistrées sur cet appareil ont été reprises.',
  lastPlanTitle: (date: string) => `Votre plan d’action du ${date}`,
  stepOf: (step: number, total: number) => `Étape ${step} sur ${total}`,
  alibiTitle: 'Éviter la participation alibi',
  alibiIntro: 'Quatre questions pour vérifier que la participation des usagers n’est pas de façade (HAS, 2023, fiche n° 3).',
  alibiAnswers: { yes: 'Oui', no: 'Non', na: 'Sans objet pour nous' } satisfies Record<AlibiAnswer, string>,
  obstaclesTitle: 'Ce qui vous freine',
  obstaclesLegend: 'Quels obstacles l’équipe rencontre-t-elle ?',
  obstaclesHint: 'Cochez tout ce qui s’applique. Les résultats proposent un levier pour chacun (HAS, 2023, fiche n° 4).',
  dimensionSource: 'D’après HAS, 2023, fiche n° 2',
  notConcerned: 'Cette dimension ne concerne pas notre structure (non concernée)',
  levelLegend: (name: string) => `${name} : ce que nous faisons`,
  withUsersLegend: 'Construit avec des usagers ?',
  withUsersHint: 'Question du questionnaire Fécop Occitanie. Sans réponse, rien n’est compté comme « sans usager ».',
  withUsersIncluded: 'Avec des usagers : l’énoncé les inclut.',
  aciOnlyNote:
    'Même si cette dimension ne vous concerne pas, une mesure de la satisfaction ou des besoins compte pour l’indicateur ACI : cochez-la ici si vous en faites une.',
  withUsers: 'Avec des usagers',
  withoutUsers: 'Sans usager',
  consensusNote: (levels: string, agreement: string) => `Réponses individuelles : ${levels}. ${agreement}`,
  respondentLevel: (respondent: string, level: string) => `${respondent} : ${level}`,
  listSeparator: ' ; ',
  agreement: {
    agree: 'Les réponses concordent.',
    close: 'Les réponses sont proches (un niveau d’écart).',
    differ: 'Les réponses diffèrent : à discuter.',
  } satisfies Record<Agreement, string>,
  agreementShort: { agree: 'Accord', close: 'Proche', differ: 'Désaccord' } satisfies Record<Agreement, string>,
  disputed: 'Cochées par certains seulement :',
  previous: 'Étape précédente',
  next: 'Étape suivante',
  seeResults: 'Voir les résultats',
  saveForLater: 'Enregistrer et reprendre plus tard',
  savedForLater: 'Vos réponses sont enregistrées sur cet appareil. Vous pourrez reprendre plus tard.',
  notSaved: 'Ce navigateur ne permet pas d’enregistrer (navigation privée ?). Terminez en une fois, ou exportez vos réponses.',
  // Results
  resultsTitle: 'Résultats',
  reportFor: (structure: string | undefined, date: string) => `Auto-évaluation du ${date}${structure ? ` — ${structure}` : ''}`,
  updatedFrom: (date: string) => `mise à jour de l’évaluation du ${date}`,
  modeLabel: { individual: 'Réponse individuelle', consensus: 'Évaluation commune de l’équipe' },
  levelsTitle: 'Niveau par dimension',
  chartTitle: 'Niveau atteint dans chaque dimension',
  chartDesc: (lines: string[]) => `Échelle de 0 (pas encore) à 4 (partenariat). ${lines.join(' ; ')}.`,
  tableCaption: 'Niveau par dimension (0 : pas encore, 1 : information, 2 : consultation, 3 : collaboration, 4 : partenariat)',
  columnDimension: 'Dimension',
  columnLevel: 'Niveau (0 à 4)',
  columnLevelName: 'Niveau atteint',
  notConcernedShort: 'non concernée',
  levelLine: (dimension: string, level: string) => `${dimension} : ${level}`,
  because: 'Grâce à :',
  leadership: 'Au-delà du partenariat : des usagers sont à l’initiative (leadership).',
  coBuiltIntro: 'Construit avec des usagers (co-construction des informations destinées aux patients) :',
  nothingYet: 'Aucune pratique cochée pour l’instant.',
  aciTitle: 'Indicateur ACI « implication des usagers »',
  aciLevel: { 0: 'Pas encore atteint', 1: 'Niveau 1 atteint', 2: 'Niveau 2 atteint' } as Record<0 | 1 | 2, string>,
  aciReasons: {
    'n1-tools': 'Outils d’information ou de consultation :',
    'n1-measure': 'Mesure de la satisfaction ou des besoins :',
    'n1-no-tools': 'Niveau 1 : aucun outil d’information ou de consultation coché.',
    'n1-no-measure':
      'Niveau 1 : il manque une mesure de la satisfaction ou des besoins (questionnaire de satisfaction, boîte à idées, recueil des besoins). Elle compte où que vous l’ayez cochée, même dans une dimension non concernée.',
    'n2-coconstruction': 'Co-construction avec des usagers (niveau 2) :',
    'n2-needs-n1': 'Co-construction avec des usagers, mais le niveau 2 suppose d’abord le niveau 1 :',
    'n2-no-coconstruction':
      'Niveau 2 : aucune action co-construite avec des usagers (référent usager dans un groupe de travail ou un atelier d’ETP, comité d’usagers, médiateur en santé).',
    'cobuilt-info':
      'Outils d’information ou de consultation construits avec des usagers : une co-construction à faire valoir (FMPS Normandie, 2024), que ce calcul ne compte pas seule pour le niveau 2 :',
  },
  aciNotApplicable: (type: StructureType): string =>
    type === 'cpts'
      ? 'L’indicateur ACI « implication des usagers » ne concerne pas les CPTS (HAS, 2023, § 5.2, note 15) : pas de niveau ACI ici. Les niveaux du continuum restent votre repère.'
      : 'L’indicateur ACI « implication des usagers » concerne les maisons de santé signataires de l’ACI (en SISA) et les centres de santé, pas une équipe de soins primaires : pas de niveau ACI ici. Les niveaux du continuum restent votre repère.',
  practiceCount: (count: number) => plural('fr', count, { one: `${count} pratique`, other: `${count} pratiques` }),
  aciSource:
    'Niveau 1 : informer, consulter, mesurer la satisfaction et les besoins. Niveau 2 (suppose le niveau 1) : co-construction, partenariat, co-décision. L’indicateur est optionnel ; il concerne les maisons de santé signataires de l’ACI (en SISA) et les centres de santé (HAS, 2023, fiche n° 10).',
  nextStepsTitle: 'Prochaines étapes',
  nextStepsIntro: 'Pour chaque dimension, des pratiques du niveau suivant. Cochez celles que l’équipe choisit : elles rejoignent le plan d’action.',
  nextStepsNone: 'Pas d’étape suivante proposée : dimension non concernée, ou usagers déjà à l’initiative.',
  howLabel: 'Comment :',
  fichesLabel: (fiches: readonly number[]) =>
    fiches.length > 1 ? `HAS, 2023, fiches n° ${fiches.slice(0, -1).join(', ')} et ${fiches.at(-1)}` : `HAS, 2023, fiche n° ${fiches[0]}`,
  toolLabel: 'Outil :',
  addToPlan: 'Ajouter au plan d’action',
  planTitle: 'Plan d’action',
  planEmpty: 'Aucune étape choisie pour l’instant.',
  planWho: 'Qui s’en charge ?',
  planDue: 'Pour quand ?',
  planMeans: 'Avec quels moyens ?',
  planMeansHint: 'Temps, budget, partenaires, outils.',
  planRemove: 'Retirer du plan',
  planRemoveWhich: (practice: string) => ` : ${practice}`,
  planPrintWho: 'Qui :',
  planPrintDue: 'Pour le :',
  planPrintMeans: 'Moyens :',
  alibiWarningsTitle: 'Points de vigilance : participation alibi',
  alibiNone: 'Aucun signal de participation alibi dans vos réponses.',
  leversTitle: 'Les leviers pour vos obstacles',
  leversNone: 'Aucun obstacle coché.',
  historyTitle: 'Vos évaluations successives',
  historyCaption: 'Niveau par dimension (0 à 4) à chaque évaluation enregistrée',
  historyCurrent: 'Cette évaluation',
  historyAci: 'Niveau ACI',
  historyNone: 'Aucune évaluation enregistrée sur cet appareil pour l’instant.',
  historyFirst: 'C’est la première évaluation enregistrée sur cet appareil : les suivantes s’afficheront à côté.',
  saveAssessment: 'Enregistrer dans l’historique',
  assessmentSaved: 'Évaluation enregistrée dans l’historique de cet appareil, avec son plan d’action.',
  print: 'Imprimer le rapport',
  printHint:
    'Le navigateur ne numérote les pages que si vous cochez « En-têtes et pieds de page » dans sa fenêtre d’impression ; le rapport se termine par la mention « Fin du rapport ».',
  printEnd: (date: string) => `Fin du rapport — auto-évaluation du ${date}.`,
  participantsTitle: 'Participants et accord',
  participantsIntro: (count: number) =>
    plural('fr', count, {
      one: `${count} membre a répondu individuellement avant la mise en commun.`,
      other: `${count} membres ont répondu individuellement avant la mise en commun.`,
    }),
  exportAnswers: 'Télécharger mes réponses (fichier)',
  exportHint: 'À transmettre à la personne qui réunit les réponses de l’équipe.',
  editAnswers: 'Modifier les réponses',
  newAssessment: 'Nouvelle évaluation',
  // Merge
  mergeTitle: 'Mettre en commun les réponses individuelles',
  mergeIntro:
    'Chaque membre a répondu seul puis téléchargé ses réponses. Importez ici leurs fichiers : le widget montre où l’équipe s’accorde et où elle diffère, puis prépare une évaluation commune à relire ensemble.',
  mergeFiles: 'Fichiers de réponses (un par membre)',
  mergeFilesHint: 'Fichiers .json créés par « Télécharger mes réponses ». Ils restent sur cet appareil.',
  mergeFileProblem: (name: string) => `Le fichier ${quoted(name, 'fr')} n’est pas un fichier de réponses lisible.`,
  mergeImported: (count: number) => plural('fr', count, { one: `${count} réponse importée.`, other: `${count} réponses importées.` }),
  mergeTableCaption: 'Niveau de chaque membre, par dimension',
  respondent: (index: number, role: string) => (role ? `Membre ${index} (${role})` : `Membre ${index}`),
  columnAgreement: 'Accord',
  mergeBuild: 'Construire l’évaluation commune',
  mergeClear: 'Vider la liste',
  back: 'Retour',
  // Sharing
  shareTitle: (recipient: string | undefined) => (recipient ? `Partager avec ${recipient}` : 'Partager l’état des lieux'),
  shareIntro: 'Les niveaux par dimension et le niveau ACI sont toujours envoyés. Cochez ce que l’équipe accepte de partager en plus.',
  shareLegend: 'Partager aussi',
  shareOptions: {
    practices: 'Le détail des pratiques cochées',
    alibiWarnings: 'Les points de vigilance (participation alibi)',
    obstacles: 'Les obstacles rencontrés',
    actionPlan: 'Le plan d’action',
    respondentRole: 'Le rôle de la personne qui répond',
  },
  shareConsent: 'L’équipe est d’accord pour envoyer ces éléments',
  shareConsentLegend: 'Accord de l’équipe',
  shareConsentRequired: 'Cochez l’accord de l’équipe avant d’envoyer.',
  send: 'Envoyer l’état des lieux',
  sentTitle: 'État des lieux envoyé',
  sentStatus: (recipient: string | undefined) =>
    `L’état des lieux a bien été envoyé${recipient ? ` à ${recipient}` : ''}. Il est aussi enregistré dans l’historique de cet appareil.`,
});

export type ContinuumLaterStrings = typeof continuumLaterFr;
