// What an assessment becomes once answered: the record kept in the history, the payload shared with
// the endpoint (only what the team ticked), the progress table, the file a member exports. Pure
// functions, tested in continuum-assessment.test.ts.
import { fileSlug } from '../../core/download.js';
import type { AnswerFile, ContinuumCheckPayload } from './continuum-check.schema.js';
import type { ContinuumWork, ProgressColumn, SavedAssessment } from './continuum-check.state.js';
import type { ContentText, DimensionId } from './continuum-content.js';
import { createAnswerFile } from './continuum-merge.js';
import { buildPayload, type PayloadInput, type ShareChoices } from './continuum-payload.js';
import { scoreAssessment, type AssessmentResult, type StructureType } from './continuum-scoring.js';

/** How the payload names dimensions and practices (in the widget's language). */
export type ContentLabels = Pick<PayloadInput, 'dimensionLabel' | 'practiceLabel'>;

/** Everything ticked: what the history keeps on this device. */
export const shareEverything: ShareChoices = { practices: true, alibiWarnings: true, obstacles: true, actionPlan: true, respondentRole: true };

/** How many past assessments the progress table shows beside the current one. */
export const PROGRESS_COLUMNS = 4;

/** The labels of the matrix in one language. */
export function contentLabels(content: ContentText): ContentLabels {
  return {
    dimensionLabel: (id) => content.dimensions[id as DimensionId].label,
    practiceLabel: (id) => content.practices[id] ?? id,
  };
}

/** The payload sent to the endpoint: levels and the ACI level always, anything else only when ticked. */
export function sharePayload(
  work: ContinuumWork,
  share: ShareChoices,
  labels: ContentLabels,
  structureType?: StructureType,
  result = scoreAssessment(work.answers, structureType),
): ContinuumCheckPayload {
  return buildPayload({
    answers: work.answers,
    result,
    assessedAt: work.assessedAt,
    mode: work.mode,
    respondentRole: work.role,
    structureType,
    actionPlan: work.actionPlan,
    share,
    ...labels,
  });
}

/** Each dimension's level, `null` when not concerned. */
export function levelsOf(result: AssessmentResult): SavedAssessment['levels'] {
  return Object.fromEntries(result.dimensions.map((d) => [d.id, d.notConcerned ? null : d.level]));
}

/** The record kept in the history: the whole assessment, and everything as a payload (it stays on this device). */
export function snapshotAssessment(
  work: ContinuumWork,
  options: { id: string; savedAt: string; labels: ContentLabels; sharedAs?: string | undefined; structureType?: StructureType },
): SavedAssessment {
  const result = scoreAssessment(work.answers, options.structureType);
  return {
    id: options.id,
    savedAt: options.savedAt,
    assessedAt: work.assessedAt,
    mode: work.mode,
    respondentRole: work.role.trim() || undefined,
    answers: work.answers,
    levels: levelsOf(result),
    aciLevel: result.aci.level,
    actionPlan: work.actionPlan,
    payload: sharePayload(work, shareEverything, options.labels, options.structureType, result),
    ...(options.sharedAs ? { sharedAs: options.sharedAs } : {}),
  };
}

export { sortHistory } from './continuum-shell.js';

/** The last assessment that has an action plan, recalled on the start screen. */
export function lastPlanned(history: SavedAssessment[]): SavedAssessment | undefined {
  return history.findLast((a) => a.actionPlan.length > 0);
}

/**
 * The progress table's columns: the last four saved assessments, and in the results the one on screen
 * after them (itself left out of the past when it was saved already). `undefined` when there is no
 * past to compare with.
 */
export function progressColumns(history: SavedAssessment[], work?: ContinuumWork): ProgressColumn[] | undefined {
  const past = history
    .filter((a) => !work || a.id !== work.savedId)
    .slice(-PROGRESS_COLUMNS)
    .map(({ id, assessedAt, mode, levels, aciLevel }): ProgressColumn => ({ id, assessedAt, mode, levels, aciLevel, current: false }));
  if (!past.length) return undefined;
  if (!work) return past;
  const result = scoreAssessment(work.answers);
  return [
    ...past,
    { id: work.savedId ?? 'current', assessedAt: work.assessedAt, mode: work.mode, levels: levelsOf(result), aciLevel: result.aci.level, current: true },
  ];
}

/** The file a member downloads after answering alone. */
export function answerFileOf(work: ContinuumWork, structure: string | undefined): AnswerFile {
  return createAnswerFile(work.answers, { assessedAt: work.assessedAt, respondentRole: work.role.trim() || undefined, structure });
}

/** Its name: the day and the member's role, as letters and dashes (`continuum-reponses-2026-11-20-infirmiere.json`). */
export function answerFileName(work: Pick<ContinuumWork, 'assessedAt' | 'role'>): string {
  const role = fileSlug(work.role, 80);
  return `continuum-reponses-${work.assessedAt}${role ? `-${role}` : ''}.json`;
}
