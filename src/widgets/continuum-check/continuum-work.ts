// The self-check in progress, as pure transitions: each takes the work and returns the next one, so
// the component only stores the result (and saves the draft). Tested in continuum-work.test.ts.
import { z } from '../../core/zod.js';
import { actionItemSchema, answersSchema, type ActionItem, type Answers, type DimensionAnswer } from './continuum-check.schema.js';
import type { ContinuumWork, SavedAssessment } from './continuum-check.state.js';
import type { AlibiAnswer, AlibiCheckId, DimensionId } from './continuum-content.js';
import { practices as practiceDefinitions } from './continuum-practices.js';
import type { MergeResult } from './continuum-merge.js';
import { freshWork, inProgress } from './continuum-shell.js';

export { freshWork, inProgress, STEP_COUNT } from './continuum-shell.js';

const involvingUsers = new Set(practiceDefinitions.filter((p) => p.involvesUsers).map((p) => p.id));

function withAnswers(work: ContinuumWork, answers: Partial<Answers>): ContinuumWork {
  return { ...work, answers: { ...work.answers, ...answers } };
}

/** Changes one dimension's answer ("not concerned", or its practices). */
export function withDimension(work: ContinuumWork, id: DimensionId, patch: Partial<DimensionAnswer>): ContinuumWork {
  const current = work.answers.dimensions[id] ?? { notConcerned: false, practices: {} };
  return withAnswers(work, { dimensions: { ...work.answers.dimensions, [id]: { ...current, ...patch } } });
}

/** Ticks or unticks a practice; a practice ticked again keeps what was said about usagers. */
export function withPractice(work: ContinuumWork, dimension: DimensionId, practiceId: string, ticked: boolean): ContinuumWork {
  const practices = { ...(work.answers.dimensions[dimension]?.practices ?? {}) };
  // A statement that involves usagers (a users' committee) is done with usagers: nothing left to say.
  if (ticked) practices[practiceId] = practices[practiceId] ?? (involvingUsers.has(practiceId) ? true : null);
  else delete practices[practiceId];
  return withDimension(work, dimension, { practices });
}

/** Says whether a ticked practice was built with usagers. */
export function withUsersSaid(work: ContinuumWork, dimension: DimensionId, practiceId: string, withUsers: boolean): ContinuumWork {
  const practices = { ...(work.answers.dimensions[dimension]?.practices ?? {}), [practiceId]: withUsers };
  return withDimension(work, dimension, { practices });
}

/** Answers one alibi check. */
export function withAlibi(work: ContinuumWork, check: AlibiCheckId, answer: AlibiAnswer): ContinuumWork {
  return withAnswers(work, { alibi: { ...work.answers.alibi, [check]: answer } });
}

/** The obstacles the team meets, in the options' order. */
export function withObstacles(work: ContinuumWork, obstacles: Answers['obstacles']): ContinuumWork {
  return withAnswers(work, { obstacles });
}

/** Adds a next step to the action plan (at the end, with empty details), or takes it out. */
export function withPlanStep(work: ContinuumWork, dimensionId: DimensionId, practiceId: string, chosen: boolean): ContinuumWork {
  const rest = work.actionPlan.filter((item) => item.practiceId !== practiceId);
  return { ...work, actionPlan: chosen ? [...rest, { dimensionId, practiceId, who: '', due: '', means: '' }] : rest };
}

/** Fills who carries a step of the plan, by when, with what means. */
export function withPlanDetails(work: ContinuumWork, practiceId: string, patch: Partial<Pick<ActionItem, 'who' | 'due' | 'means'>>): ContinuumWork {
  return { ...work, actionPlan: work.actionPlan.map((item) => (item.practiceId === practiceId ? { ...item, ...patch } : item)) };
}

/**
 * A new assessment that starts from the last one saved: the team updates rather than starts over. An
 * update of the team's shared assessment stays a shared assessment (issue 17: it was saved as an
 * individual answer); an update of one member's answers keeps that member's role.
 */
export function fromLastAssessment(last: SavedAssessment, role: string, assessedAt?: string): ContinuumWork {
  const mode = last.mode === 'consensus' ? 'consensus' : 'individual';
  return {
    ...freshWork(assessedAt),
    mode,
    role: mode === 'consensus' ? '' : role || (last.respondentRole ?? ''),
    answers: structuredClone(last.answers),
    updatedFrom: last.assessedAt,
  };
}

/** The team's shared assessment, starting from the merge's proposal and keeping what each member said. */
export function fromMerge(merged: MergeResult, assessedAt?: string): ContinuumWork {
  return { ...freshWork(assessedAt), mode: 'consensus', answers: merged.proposal, merge: { dimensions: merged.dimensions, respondents: merged.respondents } };
}

/**
 * The work to resume from a saved draft, if any: only into an untouched widget (never overwrite what
 * is being answered), and only a draft that still fits this version of the widget (never half-read).
 */
export function resumeFrom(current: ContinuumWork, saved: Partial<ContinuumWork> | undefined): ContinuumWork | undefined {
  if (!saved) return undefined;
  const fits = z.safeParse(answersSchema, saved.answers).success && z.safeParse(z.array(actionItemSchema), saved.actionPlan).success;
  if (!fits || current.view !== 'intro' || inProgress(current)) return undefined;
  return { ...freshWork(), ...saved };
}
