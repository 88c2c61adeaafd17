// What the widget's shell (the component and the start screen) needs at its first render, apart from
// the later screens' module (views/later.views.ts, loaded on demand: issue 16). Pure; the modules of
// the later screens re-export these under their usual names (continuum-work, -scoring, -payload,
// -assessment), where they are tested.
import { localDay } from '../../core/envelope.js';
import type { Answers } from './continuum-check.schema.js';
import type { ContinuumWork, SavedAssessment } from './continuum-check.state.js';

/**
 * The six dimensions (`dimensionIds`), then the alibi checks, then the obstacles. Written out so that
 * the start screen does not download the matrix's ids for one number; continuum-work.test.ts checks it
 * against the ids.
 */
export const STEP_COUNT = 8;

/** Answers with nothing ticked. */
export function emptyAnswers(): Answers {
  return { dimensions: {}, alibi: {}, obstacles: [] };
}

/** A new assessment, dated today (local day), on the start screen. */
export function freshWork(assessedAt = localDay(new Date())): ContinuumWork {
  return { view: 'intro', step: 0, mode: 'individual', role: '', assessedAt, answers: emptyAnswers(), actionPlan: [] };
}

/** True once a dimension was answered: the start screen offers to resume rather than start. */
export function inProgress(work: ContinuumWork): boolean {
  return Object.keys(work.answers.dimensions).length > 0;
}

/** The history in the order of the assessments (then of saving, for two on one day). */
export function sortHistory(assessments: SavedAssessment[]): SavedAssessment[] {
  return [...assessments].sort((a, b) => a.assessedAt.localeCompare(b.assessedAt) || a.savedAt.localeCompare(b.savedAt));
}

/** What the team ticked before sending. Levels and the ACI level are always part of a sent assessment. */
export interface ShareChoices {
  /** The practices behind each level (ids, level, with or without usagers). */
  practices: boolean;
  alibiWarnings: boolean;
  obstacles: boolean;
  actionPlan: boolean;
  respondentRole: boolean;
}

/** Nothing beyond the levels until the team ticks it. */
export const defaultShare: ShareChoices = { practices: false, alibiWarnings: false, obstacles: false, actionPlan: false, respondentRole: false };
