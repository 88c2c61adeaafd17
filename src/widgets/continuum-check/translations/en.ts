import type { ContinuumCheckStrings } from './fr.js';

export const continuumCheckEn: ContinuumCheckStrings = {
  title: 'Self-assessment of users’ engagement',
  loadingContent: 'Loading the self-assessment…',
  contentFailed: 'The self-assessment could not be loaded. Check the Internet connection, then try again.',
  retry: 'Try again',
  source:
    'Sources: HAS, 2023, “Engagement des usagers dans les maisons, centres et territoires de santé” (the matrix of fiche n° 2; other fiches are cited where used); ACI “implication des usagers” indicator; Fécop Occitanie survey, 2024; Fécop’s Coll’Occ; FMPS Normandie, 2024; Pays de la Loire study, 2019. Examples marked as such are the msp-widgets team’s own.',
  intro:
    'Where does your team stand on the continuum of users’ engagement? Tick what you already do, dimension by dimension. The result places the team, suggests next steps and an action plan.',
  introStructure: (structure) => `Structure: ${structure}`,
  introAudience: 'For the team: coordination, professionals, users’ representatives. Allow 15 to 20 minutes. You can stop and resume later on this device.',
  introNotRanking: 'The levels are not a ranking: each has its uses.',
  process:
    'A process taken from the HAS “matrice de maturité en soins primaires” (2014): each member first answers alone, then the team compares the answers and agrees on a shared assessment.',
  roleLabel: 'Your role in the team',
  roleHint: 'For example: coordinator, doctor, nurse, users’ representative.',
  startIndividual: 'Answer on my own',
  startFromLast: (date, consensus) => (consensus ? `Update the team’s shared assessment of ${date}` : `Start from the assessment of ${date}`),
  startMerge: 'Merge the team’s answers',
  resume: (step, total) => `Resume (step ${step} of ${total})`,
};
