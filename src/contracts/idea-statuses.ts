// The idea box's default themes and statuses, apart from the schemas in idea.ts: a widget's first
// render uses them, and it does not load zod.

/** Default themes (DOMAIN.md, "Idea box"). */
export const defaultThemes = [
  { id: 'accueil', label: 'Accueil' },
  { id: 'rendez-vous', label: 'Prise de rendez-vous' },
  { id: 'delais', label: 'Délais' },
  { id: 'locaux', label: 'Locaux et accessibilité' },
  { id: 'information', label: 'Information et affichage' },
  { id: 'site-internet', label: 'Site internet' },
  { id: 'prevention', label: 'Prévention et ateliers' },
  { id: 'autre', label: 'Autre' },
];

/** Default statuses of the "vous avez dit, nous avons fait" list, in order. */
export const defaultStatuses = [
  { id: 'recue', label: 'Reçue', color: '#4a4a4a' },
  { id: 'a-l-etude', label: 'À l’étude', color: '#1d4f91' },
  { id: 'retenue', label: 'Retenue', color: '#7a4f00' },
  { id: 'realisee', label: 'Réalisée', color: '#18753c' },
  { id: 'non-retenue', label: 'Non retenue', color: '#8a1c1c' },
];

/** The status an idea has before the team says anything. */
export const RECEIVED_STATUS = 'recue';

/**
 * Statuses that close a decision: the person is always told why (HAS 2023, fiche 1: results are
 * "toujours à restituer"), so an answer is required with them.
 */
export const decidedStatuses: ReadonlySet<string> = new Set(['retenue', 'realisee', 'non-retenue']);
