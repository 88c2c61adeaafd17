// Scoring of the self-check: pure functions from answers to results. The rules are ours (the HAS
// matrix places examples, it does not score); they are written in README.md and tested with tables
// in continuum-scoring.test.ts.
import type { Answers, DimensionAnswer } from './continuum-check.schema.js';
import {
  alibiChecks,
  dimensionIds,
  obstacleIds,
  type AlibiCheckId,
  type ContinuumLevel,
  type DimensionId,
  type ObstacleId,
  type PracticeDef,
  type PracticeLevel,
} from './continuum-content.js';
import { practices } from './continuum-practices.js';

/** How many next steps a dimension proposes at most. */
export const MAX_NEXT_STEPS = 3;

/** A practice from a higher cell the team could take on next. */
export interface NextStep {
  practiceId: string;
  level: PracticeLevel;
}

/** The kinds of structure: the ACI indicator concerns MSP (in SISA) and centres de santé, not ESP or CPTS. */
export const structureTypes = ['msp', 'cds', 'esp', 'cpts'] as const;
export type StructureType = (typeof structureTypes)[number];

/**
 * Whether the ACI indicator "implication des usagers" applies: MSP that signed the ACI (in SISA, seed
 * 000) and centres de santé (HAS 2023, fiche n° 10); not a CPTS (HAS 2023, note 15: "pas concernées par
 * cet accord") nor an ESP, which signs no such contract.
 */
export function aciApplies(type: StructureType): boolean {
  return type === 'msp' || type === 'cds';
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
  /** Information or consultation practices the team said it built with usagers (co-built information, seed 000). */
  coBuilt: string[];
  /**
   * In a dimension marked "not concerned", the ticked practices that measure satisfaction or needs:
   * they still count for the ACI (a satisfaction survey is not lost with "Évaluation et recherche").
   */
  aciOnly: string[];
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
  | { code: 'n2-no-coconstruction' }
  /** Information or consultation tools built with usagers: co-construction worth reporting (seed 000). */
  | { code: 'cobuilt-info'; practices: string[] };

export interface AciResult {
  /** What the ticked practices support, whatever the structure. */
  level: 0 | 1 | 2;
  /** False for an ESP or a CPTS: the indicator does not concern them, no verdict is shown. */
  applies: boolean;
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
 * Rule 1. A ticked practice counts at its level. Information (1) and consultation (2) count whether or
 * not they were built with usagers: informing or asking people is done whoever wrote the leaflet; the
 * answer is reported (co-built information). Collaboration (3) and beyond count when done with
 * usagers: a practice whose statement involves them (a users' committee, a patient co-trainer) is done
 * with them by definition, whatever the "with usagers" answer; any other needs an explicit "with".
 * A blank answer is never read as "without".
 */
export function practiceCounts(practice: Pick<PracticeDef, 'level' | 'involvesUsers'>, withUsers: boolean | null | undefined): boolean {
  return practice.level <= 2 || practice.involvesUsers === true || withUsers === true;
}

/** Rule 2. A leadership practice places its dimension at the top of the scale, partenariat (4). */
export function dimensionLevelOf(level: PracticeLevel): ContinuumLevel {
  return Math.min(level, 4) as ContinuumLevel;
}

/**
 * Rule 3. A dimension's level is the highest level among its counted practices, whatever the lower
 * cells hold (the HAS says levels are cumulative in spirit, not that a team must climb them in order).
 * "Not concerned" gives level 0 and no next steps.
 * Rule 4. Next steps are the practices of the next level up (leadership after partenariat) not yet
 * ticked, topped up from the level above to offer at least two, at most three.
 */
export function scoreDimension(id: DimensionId, answer: DimensionAnswer | undefined): DimensionResult {
  const own = practicesOf(id);
  const ticked = answer?.practices ?? {};
  const notConcerned = answer?.notConcerned === true;
  const counted = notConcerned ? [] : own.filter((p) => p.id in ticked && practiceCounts(p, ticked[p.id]));
  const coBuilt = counted.filter((p) => p.level <= 2 && !p.involvesUsers && ticked[p.id] === true);
  const aciOnly = notConcerned ? own.filter((p) => p.id in ticked && p.measures) : [];
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
    coBuilt: coBuilt.map((p) => p.id),
    aciOnly: aciOnly.map((p) => p.id),
    nextSteps: notConcerned ? [] : nextStepsFor(own, level, leadership, new Set(counted.map((p) => p.id))),
  };
}

function nextStepsFor(own: PracticeDef[], level: ContinuumLevel, leadership: boolean, counted: Set<string>): NextStep[] {
  if (leadership) return [];
  const target = (level + 1) as PracticeLevel;
  const candidates = (from: number) => own.filter((p) => p.level === from && !counted.has(p.id)).map((p): NextStep => ({ practiceId: p.id, level: p.level }));
  const steps = candidates(target);
  if (steps.length < 2 && target < 5) steps.push(...candidates(target + 1).slice(0, 2 - steps.length));
  return steps.slice(0, MAX_NEXT_STEPS);
}

/**
 * Rule 5, the ACI indicator "implication des usagers".
 * Niveau 1: information or consultation tools, including a measure of satisfaction or needs
 * (a practice tagged `measures`). Niveau 2: niveau 1, plus at least one collaboration, partenariat or
 * leadership practice done with usagers (co-construction, co-decision). A dimension marked "not
 * concerned" brings only its measures of satisfaction or needs, which count wherever they are ticked.
 * Information or consultation tools built with usagers are reported as co-construction to put
 * forward, without being counted as niveau 2 by themselves. For an ESP or a CPTS the level is worked
 * out the same way but `applies` is false: no verdict is given.
 */
export function aciLevelOf(dimensions: DimensionResult[], structureType: StructureType = 'msp'): AciResult {
  const counted = dimensions.flatMap((d) => [...d.counted, ...d.aciOnly]).map((id) => byId.get(id)!);
  const tools = counted.filter((p) => p.level <= 2).map((p) => p.id);
  const measure = counted.filter((p) => p.measures).map((p) => p.id);
  const coconstruction = counted.filter((p) => p.level >= 3).map((p) => p.id);
  const coBuilt = dimensions.flatMap((d) => d.coBuilt);
  const reasons: AciReason[] = [];
  if (tools.length) reasons.push({ code: 'n1-tools', practices: tools });
  else reasons.push({ code: 'n1-no-tools' });
  if (measure.length) reasons.push({ code: 'n1-measure', practices: measure });
  else if (tools.length) reasons.push({ code: 'n1-no-measure' });
  const niveau1 = tools.length > 0 && measure.length > 0;
  if (coconstruction.length)
    reasons.push(niveau1 ? { code: 'n2-coconstruction', practices: coconstruction } : { code: 'n2-needs-n1', practices: coconstruction });
  else reasons.push({ code: 'n2-no-coconstruction' });
  if (coBuilt.length) reasons.push({ code: 'cobuilt-info', practices: coBuilt });
  return { level: niveau1 ? (coconstruction.length ? 2 : 1) : 0, applies: aciApplies(structureType), reasons };
}

/** Rule 6. An alibi check warns when its answer is the worrying one; "not applicable" never warns. */
export function alibiWarningsOf(alibi: Answers['alibi']): AlibiCheckId[] {
  return alibiChecks.filter((check) => alibi[check.id] === check.warnWhen).map((check) => check.id);
}

/** Scores a whole assessment; the structure type decides whether an ACI verdict is given. */
export function scoreAssessment(answers: Answers, structureType: StructureType = 'msp'): AssessmentResult {
  const dimensions = dimensionIds.map((id) => scoreDimension(id, answers.dimensions[id]));
  return {
    dimensions,
    aci: aciLevelOf(dimensions, structureType),
    alibiWarnings: alibiWarningsOf(answers.alibi),
    obstacles: obstacleIds.filter((id) => answers.obstacles.includes(id)),
  };
}

export { emptyAnswers } from './continuum-shell.js';
