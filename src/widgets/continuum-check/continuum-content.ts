// The self-check's content: the HAS matrix (guide « Engagement des usagers dans les maisons, centres
// et territoires de santé », 2023, fiche ressource n° 2), the ACI indicator's levels, fiche 3 (alibi
// participation) and fiche 4 (obstacles and levers), with the Fécop Occitanie question "with usagers or
// without?" (2024). The structure (ids, levels, tags) is here with the French wording, written for this
// product from the HAS examples; the English wording is in translations/en.ts under the same ids.

/** The six dimensions of the HAS matrix, in the guide's order. */
export const dimensionIds = ['diagnostics', 'sante-publique', 'accompagnement', 'gouvernance', 'evaluation', 'formation'] as const;
export type DimensionId = (typeof dimensionIds)[number];

/**
 * A practice's level on the continuum: 1 échange et partage d'information, 2 consultation,
 * 3 collaboration, 4 partenariat, 5 leadership des usagers (beyond the matrix, HAS fiche 2).
 */
export type PracticeLevel = 1 | 2 | 3 | 4 | 5;
/** A dimension's level: 0 nothing yet, then 1 to 4 as above (leadership counts as partenariat and beyond). */
export type ContinuumLevel = 0 | 1 | 2 | 3 | 4;

export const practiceLevels: readonly PracticeLevel[] = [1, 2, 3, 4, 5];

/** Where a practice's statement comes from when it is not a cell of the HAS matrix. */
export type PracticeOrigin =
  /** The text of HAS 2023 fiche n° 2 (not its table): information as a two-way exchange. */
  | 'has-text'
  /** Our own example, beyond the matrix (users' leadership). */
  | 'ours'
  /** Our own example, from the Fécop Occitanie survey (2024): basic information tools. */
  | 'ours-fecop'
  /** Our own example, from the Fécop Coll'Occ workshop: the projet de santé with usagers. */
  | 'ours-collocc';

/** A widget of this suite that helps carry out a practice. */
export type HelpingTool = 'survey' | 'ideaBox' | 'events' | 'candidates';

/** One concrete statement a team can tick, placed in one cell of the matrix. */
export interface PracticeDef {
  id: string;
  dimension: DimensionId;
  level: PracticeLevel;
  /** Measures satisfaction or needs: what the ACI indicator's niveau 1 asks for besides information. */
  measures?: true;
  /**
   * The statement itself involves usagers (a users' committee, a patient co-trainer): ticked, it is
   * done with them, and the "with or without usagers" question is not asked.
   */
  involvesUsers?: true;
  /** Not a cell of the HAS matrix: where the statement comes from (shown beside it). */
  origin?: PracticeOrigin;
  /** The HAS 2023 fiches that help to take this practice on (checked against the guide). */
  fiches: readonly number[];
  /** The widget of this suite that helps, if one does. */
  tool?: HelpingTool;
}

/**
 * The practices, cell by cell (HAS 2023, fiche n° 2, "Exemples de modalités d'engagement"), plus a
 * few marked with their `origin`. Every practice of collaboration or more names usagers in its
 * statement (`involvesUsers`). Fiches: 1 the dimensions (gouvernances, diagnostics, actions,
 * évaluation), 2 the matrix, 3 alibi participation, 5 recruiting and representativeness (calls for
 * candidates, a users' committee, at least two usagers), 7 training, 8 facilitators, 11 usagers at the
 * initiative, 13 a poster for an engagement action, 14 a charter of engagement.
 */
export const practices: readonly PracticeDef[] = [
  { id: 'diag-info-announce', dimension: 'diagnostics', level: 1, fiches: [1] },
  { id: 'diag-info-debate', dimension: 'diagnostics', level: 1, fiches: [1, 13], tool: 'events' },
  { id: 'diag-consult-survey', dimension: 'diagnostics', level: 2, measures: true, fiches: [1], tool: 'survey' },
  { id: 'diag-collab-enlist', dimension: 'diagnostics', level: 3, involvesUsers: true, fiches: [1, 5], tool: 'candidates' },
  { id: 'diag-partner-team', dimension: 'diagnostics', level: 4, involvesUsers: true, fiches: [1, 8] },
  { id: 'diag-lead', dimension: 'diagnostics', level: 5, involvesUsers: true, origin: 'ours', fiches: [11] },

  { id: 'sp-info-evening', dimension: 'sante-publique', level: 1, fiches: [13], tool: 'events' },
  { id: 'sp-info-accessible', dimension: 'sante-publique', level: 1, fiches: [1] },
  { id: 'sp-consult-habits', dimension: 'sante-publique', level: 2, measures: true, fiches: [1], tool: 'survey' },
  { id: 'sp-consult-project', dimension: 'sante-publique', level: 2, fiches: [1, 13], tool: 'events' },
  { id: 'sp-collab-group', dimension: 'sante-publique', level: 3, involvesUsers: true, fiches: [3, 5], tool: 'candidates' },
  { id: 'sp-partner-project', dimension: 'sante-publique', level: 4, involvesUsers: true, fiches: [7, 14] },
  { id: 'sp-lead', dimension: 'sante-publique', level: 5, involvesUsers: true, origin: 'ours', fiches: [11] },

  { id: 'acc-info-outreach', dimension: 'accompagnement', level: 1, fiches: [1] },
  { id: 'acc-info-places', dimension: 'accompagnement', level: 1, fiches: [1] },
  { id: 'acc-info-directory', dimension: 'accompagnement', level: 1, fiches: [1] },
  { id: 'acc-consult-complaints', dimension: 'accompagnement', level: 2, measures: true, fiches: [1], tool: 'ideaBox' },
  { id: 'acc-consult-experience', dimension: 'accompagnement', level: 2, measures: true, fiches: [1, 3], tool: 'survey' },
  { id: 'acc-collab-etp', dimension: 'accompagnement', level: 3, involvesUsers: true, fiches: [5, 7], tool: 'candidates' },
  { id: 'acc-partner-etp', dimension: 'accompagnement', level: 4, involvesUsers: true, fiches: [7, 14] },
  { id: 'acc-partner-resource', dimension: 'accompagnement', level: 4, involvesUsers: true, fiches: [6, 14], tool: 'candidates' },
  { id: 'acc-partner-peers', dimension: 'accompagnement', level: 4, involvesUsers: true, fiches: [8, 9], tool: 'candidates' },
  { id: 'acc-lead', dimension: 'accompagnement', level: 5, involvesUsers: true, origin: 'ours', fiches: [11] },

  { id: 'gov-info-basics', dimension: 'gouvernance', level: 1, origin: 'ours-fecop', fiches: [1] },
  { id: 'gov-info-share', dimension: 'gouvernance', level: 1, origin: 'has-text', fiches: [2] },
  { id: 'gov-info-governance', dimension: 'gouvernance', level: 1, fiches: [1] },
  { id: 'gov-info-minutes', dimension: 'gouvernance', level: 1, fiches: [1] },
  { id: 'gov-consult-organisation', dimension: 'gouvernance', level: 2, measures: true, fiches: [1], tool: 'survey' },
  { id: 'gov-consult-public', dimension: 'gouvernance', level: 2, fiches: [1, 13], tool: 'events' },
  { id: 'gov-consult-suggestions', dimension: 'gouvernance', level: 2, measures: true, fiches: [1], tool: 'ideaBox' },
  { id: 'gov-collab-committee', dimension: 'gouvernance', level: 3, involvesUsers: true, fiches: [1, 5], tool: 'candidates' },
  { id: 'gov-collab-health-project', dimension: 'gouvernance', level: 3, involvesUsers: true, origin: 'ours-collocc', fiches: [1, 5] },
  { id: 'gov-partner-vote', dimension: 'gouvernance', level: 4, involvesUsers: true, fiches: [1, 5, 14] },
  { id: 'gov-lead', dimension: 'gouvernance', level: 5, involvesUsers: true, origin: 'ours', fiches: [11] },

  { id: 'eval-info-announce', dimension: 'evaluation', level: 1, fiches: [1] },
  { id: 'eval-info-call', dimension: 'evaluation', level: 1, fiches: [13], tool: 'candidates' },
  { id: 'eval-consult-inquiry', dimension: 'evaluation', level: 2, fiches: [1, 3] },
  { id: 'eval-consult-satisfaction', dimension: 'evaluation', level: 2, measures: true, fiches: [1], tool: 'survey' },
  { id: 'eval-consult-tracer', dimension: 'evaluation', level: 2, fiches: [1, 6] },
  { id: 'eval-collab-enlist', dimension: 'evaluation', level: 3, involvesUsers: true, fiches: [1, 5], tool: 'candidates' },
  { id: 'eval-partner-team', dimension: 'evaluation', level: 4, involvesUsers: true, fiches: [1, 8] },
  { id: 'eval-lead', dimension: 'evaluation', level: 5, involvesUsers: true, origin: 'ours', fiches: [11] },

  { id: 'form-info-testimony', dimension: 'formation', level: 1, involvesUsers: true, fiches: [2] },
  { id: 'form-consult-knowledge', dimension: 'formation', level: 2, fiches: [2] },
  { id: 'form-collab-cotrainer', dimension: 'formation', level: 3, involvesUsers: true, fiches: [2, 7] },
  { id: 'form-partner-lead', dimension: 'formation', level: 4, involvesUsers: true, fiches: [2, 7] },
  { id: 'form-lead', dimension: 'formation', level: 5, involvesUsers: true, origin: 'ours', fiches: [11] },
];

/** The alibi-participation checks (HAS 2023, fiche n° 3; fiche n° 5 for "at least two"). */
export const alibiChecks = [
  /** A usager alone among professionals in a group or a body. */
  { id: 'lone-user', warnWhen: 'yes' },
  /** Groups that gather usagers' voice include professionals other than neutral facilitators. */
  { id: 'mixed-listening-group', warnWhen: 'yes' },
  /** Participants are not told what became of their contribution. */
  { id: 'no-feedback', warnWhen: 'no' },
  /** Records of decisions are written without usagers. */
  { id: 'decisions-without-users', warnWhen: 'no' },
] as const satisfies readonly { id: string; warnWhen: AlibiAnswer }[];
export type AlibiCheckId = (typeof alibiChecks)[number]['id'];
export const alibiCheckIds = alibiChecks.map((check) => check.id) as [AlibiCheckId, ...AlibiCheckId[]];
/** `na`: the team has no such group or meeting yet. */
export type AlibiAnswer = 'yes' | 'no' | 'na';

/**
 * The obstacles, each answered by its lever in the results: those of HAS fiche n° 4, then the three
 * the other seeds cite most — recruiting usagers (Coll'Occ), the fear of criticism (FMPS Normandie,
 * Fécop survey), not knowing how to start (Pays de la Loire study).
 */
export const obstacleIds = [
  'recruitment',
  'fear-of-criticism',
  'how-to-start',
  'time',
  'representativeness',
  'funding',
  'loss-of-control',
  'unclear-roles',
  'confidentiality',
  'no-guidance',
  'vulnerable-absent',
  'doctors-uninterested',
] as const;
export type ObstacleId = (typeof obstacleIds)[number];

/** The wording of the content, one object per language, under the ids above. */
export interface ContentText {
  levels: Record<PracticeLevel, { name: string; description: string }>;
  /** Level 0 of a dimension. */
  noLevel: string;
  dimensions: Record<DimensionId, { label: string; hint: string }>;
  practices: Record<string, string>;
  /** For each practice, one line on how to take it on (shown with the next steps and the plan). */
  how: Record<string, string>;
  /** Where a statement comes from when it is not a cell of the HAS matrix. */
  origins: Record<PracticeOrigin, string>;
  /** The widgets of this suite that help, by name. */
  tools: Record<HelpingTool, string>;
  alibi: Record<AlibiCheckId, { question: string; hint: string; warning: string }>;
  /** `source`: the full reference, as printed after the lever. */
  obstacles: Record<ObstacleId, { label: string; lever: string; source: string }>;
}
