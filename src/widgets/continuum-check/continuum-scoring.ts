// Scoring of the self-check: pure functions from answers to results. The rules are ours (the HAS
// matrix places examples, it does not score); they are written in README.md and tested with tables
// in continuum-scoring.test.ts.
import type { Answers, DimensionAnswer } from './continuum-check.schema.js';
import {
  alibiChecks,
  dimensionIds,
  obstacleIds,
  practices,
  type AlibiCheckId,
  type ContinuumLevel,
  type DimensionId,
  type ObstacleId,
  type PracticeDef,
  type PracticeLevel,
} from './continuum-content.js';

/** How many next steps a dimension proposes at most. */
export const MAX_NEXT_STEPS = 3;

/** A practice from a higher cell the team could take on next. */
export interface NextStep {
  practiceId: string;
  level: PracticeLevel;
  /** Already ticked, but done without usagers: the step is to do it with them. */
  withUsersNeeded: boolean;
}

/** One dimension's result. */
export interface DimensionResult {
  id: DimensionId;
  notConcerned: boolean;
  level: ContinuumLevel;
  /** A leadership practice (beyond partenariat) counted. */
  leadership: boolean;
  /** The counted practices that place the dimension at its level. */
  basis: string[];
  /** Every counted practice, lowest level first. */
  counted: string[];
  /** Ticked practices that do not count: collaboration or more, done without usagers. */
  notCounted: string[];
  nextSteps: NextStep[];
}

export type AciReason =
  /** Information or consultation practices: the tools of niveau 1. */
  | { code: 'n1-tools'; practices: string[] }
  /** Practices that measure satisfaction or needs, which niveau 1 includes. */
  | { code: 'n1-measure'; practices: string[] }
  | { code: 'n1-no-tools' }
  | { code: 'n1-no-measure' }
  /** Collaboration, partenariat or leadership practices done with usagers: niveau 2's co-construction. */
  | { code: 'n2-coconstruction'; practices: string[] }
  /** Co-construction is there but niveau 2 requires niveau 1 first. */
  | { code: 'n2-needs-n1'; practices: string[] }
  | { code: 'n2-no-coconstruction'; withoutUsers: string[] };

export interface AciResult {
  level: 0 | 1 | 2;
  reasons: AciReason[];
}

export interface AssessmentResult {
  dimensions: DimensionResult[];
  aci: AciResult;
  /** Ids of the alibi checks whose answer raises a warning (HAS fiche n° 3). */
  alibiWarnings: AlibiCheckId[];
  /** The obstacles ticked, in the content's order; each has its lever. */
  obstacles: ObstacleId[];
}

const byId = new Map(practices.map((p) => [p.id, p]));

/** The definition of a practice, if the id is known. */
export function practiceById(id: string): PracticeDef | undefined {
  return byId.get(id);
}

/** The practices of one dimension, in the content's order (lowest level first). */
export function practicesOf(dimension: DimensionId): PracticeDef[] {
  return practices.filter((p) => p.dimension === dimension);
}

/**
 * Rule 1. Information (1) and consultation (2) practices count whether or not they were built with
 * usagers: informing or asking people is done whoever wrote the leaflet or the questionnaire.
 * Collaboration (3), partenariat (4) and leadership (5) count only when done with usagers: without
 * them, a "working group" is not collaboration yet.
 */
export function practiceCounts(level: PracticeLevel, withUsers: boolean | null | undefined): boolean {
  return level <= 2 || withUsers === true;
}

/** Rule 2. A leadership practice places its dimension at the top of the scale, partenariat (4). */
export function dimensionLevelOf(level: PracticeLevel): ContinuumLevel {
  return Math.min(level, 4) as ContinuumLevel;
}

/**
 * Rule 3. A dimension's level is the highest level among its counted practices, whatever the lower
 * cells hold (the HAS says levels are cumulative in spirit, not that a team must climb them in order).
 * "Not concerned" gives level 0 and no next steps.
 * Rule 4. Next steps are the practices of the next level up (leadership after partenariat) that do
 * not count yet — first those ticked without usagers — topped up from the level above to offer at
 * least two, at most three.
 */
export function scoreDimension(id: DimensionId, answer: DimensionAnswer | undefined): DimensionResult {
  const own = practicesOf(id);
  const ticked = answer?.practices ?? {};
  const notConcerned = answer?.notConcerned === true;
  const counted = notConcerned ? [] : own.filter((p) => p.id in ticked && practiceCounts(p.level, ticked[p.id]));
  const notCounted = notConcerned ? [] : own.filter((p) => p.id in ticked && !practiceCounts(p.level, ticked[p.id]));
  const level = counted.reduce<ContinuumLevel>((top, p) => Math.max(top, dimensionLevelOf(p.level)) as ContinuumLevel, 0);
  const leadership = counted.some((p) => p.level === 5);
  const basis = counted.filter((p) => dimensionLevelOf(p.level) === level).map((p) => p.id);
  return {
    id,
    notConcerned,
    level,
    leadership,
    basis,
    counted: counted.map((p) => p.id),
    notCounted: notCounted.map((p) => p.id),
    nextSteps: notConcerned ? [] : nextStepsFor(own, level, leadership, new Set(counted.map((p) => p.id)), new Set(notCounted.map((p) => p.id))),
  };
}

function nextStepsFor(own: PracticeDef[], level: ContinuumLevel, leadership: boolean, counted: Set<string>, withoutUsers: Set<string>): NextStep[] {
  if (leadership) return [];
  const target = (level + 1) as PracticeLevel;
  const candidates = (from: number) =>
    own
      .filter((p) => p.level === from && !counted.has(p.id))
      .sort((a, b) => Number(withoutUsers.has(b.id)) - Number(withoutUsers.has(a.id)))
      .map((p): NextStep => ({ practiceId: p.id, level: p.level, withUsersNeeded: withoutUsers.has(p.id) }));
  const steps = candidates(target);
  if (steps.length < 2 && target < 5) steps.push(...candidates(target + 1).slice(0, 2 - steps.length));
  return steps.slice(0, MAX_NEXT_STEPS);
}

/**
 * Rule 5, the ACI indicator "implication des usagers".
 * Niveau 1: information or consultation tools, including a measure of satisfaction or needs
 * (a practice tagged `measures`). Niveau 2: niveau 1, plus at least one collaboration, partenariat or
 * leadership practice done with usagers (co-construction, co-decision). Dimensions marked "not
 * concerned" are left out.
 */
export function aciLevelOf(dimensions: DimensionResult[]): AciResult {
  const counted = dimensions.flatMap((d) => d.counted).map((id) => byId.get(id)!);
  const tools = counted.filter((p) => p.level <= 2).map((p) => p.id);
  const measure = counted.filter((p) => p.measures).map((p) => p.id);
  const coconstruction = counted.filter((p) => p.level >= 3).map((p) => p.id);
  const withoutUsers = dimensions.flatMap((d) => d.notCounted);
  const reasons: AciReason[] = [];
  if (tools.length) reasons.push({ code: 'n1-tools', practices: tools });
  else reasons.push({ code: 'n1-no-tools' });
  if (measure.length) reasons.push({ code: 'n1-measure', practices: measure });
  else if (tools.length) reasons.push({ code: 'n1-no-measure' });
  const niveau1 = tools.length > 0 && measure.length > 0;
  if (coconstruction.length)
    reasons.push(niveau1 ? { code: 'n2-coconstruction', practices: coconstruction } : { code: 'n2-needs-n1', practices: coconstruction });
  else reasons.push({ code: 'n2-no-coconstruction', withoutUsers });
  return { level: niveau1 ? (coconstruction.length ? 2 : 1) : 0, reasons };
}

/** Rule 6. An alibi check warns when its answer is the worrying one; "not applicable" never warns. */
export function alibiWarningsOf(alibi: Answers['alibi']): AlibiCheckId[] {
  return alibiChecks.filter((check) => alibi[check.id] === check.warnWhen).map((check) => check.id);
}

/** Scores a whole assessment. */
export function scoreAssessment(answers: Answers): AssessmentResult {
  const dimensions = dimensionIds.map((id) => scoreDimension(id, answers.dimensions[id]));
  return {
    dimensions,
    aci: aciLevelOf(dimensions),
    alibiWarnings: alibiWarningsOf(answers.alibi),
    obstacles: obstacleIds.filter((id) => answers.obstacles.includes(id)),
  };
}

/** Answers with nothing ticked. */
export function emptyAnswers(): Answers {
  return { dimensions: {}, alibi: {}, obstacles: [] };
}
