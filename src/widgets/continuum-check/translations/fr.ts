import { withFrenchSpacing } from '../../../core/french-typography.js';

/**
 * The self-check's own strings for its start screen and the shell (title, sources, loading lines): the
 * widget's first download carries only these (issue 16); the later screens' words are in later.fr.ts,
 * loaded with those screens. French is the source; other languages must give every key. Written
 * with plain spaces; `withFrenchSpacing` puts the no-break spaces in. The structure's name always
 * stands alone (after a colon or a dash), never after « de », « à », « par » or « en »: teams write it
 * with or without its article ("Maison de santé des Tilleuls", "MSP du Bocage").
 */
export const continuumCheckFr = withFrenchSpacing({
  title: 'Auto-évaluation de l’engagement des usagers',
  loadingContent: 'Chargement de l’auto-évaluation…',
  contentFailed: 'L’auto-évaluation n’a pas pu être chargée. Vérifiez la connexion à Internet, puis réessayez.',
  retry: 'Réessayer',
  source:
    'Sources : HAS, 2023, « Engagement des usagers dans les maisons, centres et territoires de santé » (matrice de la fiche n° 2 ; les autres fiches sont citées au fil du texte) ; indicateur ACI « implication des usagers » ; enquête Fécop Occitanie, 2024 ; Coll’Occ, Fécop ; FMPS Normandie, 2024 ; étude en Pays de la Loire, 2019. Les exemples marqués comme tels sont de l’équipe msp-widgets.',
  intro:
    'Où en est votre équipe sur le continuum de l’engagement des usagers ? Cochez ce que vous faites déjà, dimension par dimension. Le résultat situe l’équipe, propose des prochaines étapes et un plan d’action.',
  introStructure: (structure: string) => `Structure : ${structure}`,
  introAudience:
    'Pour l’équipe : coordination, professionnels, représentants des usagers. Comptez 15 à 20 minutes. Vous pouvez vous arrêter et reprendre plus tard sur cet appareil.',
  introNotRanking: 'Les niveaux ne sont pas un classement : chacun a son utilité.',
  process:
    'Démarche reprise de la « matrice de maturité en soins primaires » (HAS, 2014) : chacun répond d’abord seul, puis l’équipe compare les réponses et s’accorde sur une évaluation commune.',
  roleLabel: 'Votre rôle dans l’équipe',
  roleHint: 'Par exemple : coordinatrice, médecin, infirmier, représentante des usagers.',
  startIndividual: 'Répondre individuellement',
  startFromLast: (date: string, consensus: boolean) => (consensus ? `Mettre à jour l’évaluation commune du ${date}` : `Repartir de l’évaluation du ${date}`),
  startMerge: 'Mettre en commun les réponses de l’équipe',
  resume: (step: number, total: number) => `Reprendre (étape ${step} sur ${total})`,
});

export type ContinuumCheckStrings = typeof continuumCheckFr;
