// The self-check's content: the HAS matrix (guide « Engagement des usagers dans les maisons, centres
// et territoires de santé », 2023, fiche ressource n° 2), the ACI indicator's levels, fiche 3 (alibi
// participation) and fiche 4 (obstacles and levers), with the Fécop Occitanie question "with usagers or
// without?" (2024). The structure is here (ids, levels, types) and the practices' list in
// continuum-practices.ts (only the later screens read it: issue 16); the wording, written for this
// product from the HAS examples, is in continuum-content.fr.ts (.en, .ar) under the same ids.

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
