import type { SummaryError } from '../../ui/form.js';
import type { SurveyDefinition } from './satisfaction-survey.schema.js';
import type { NoticeState, StepState } from './satisfaction-survey.state.js';
import type { StepError } from './answer-check.js';
import { currentStep, type SurveyState } from './survey-logic.js';

/** What the shell knows of the step being shown. */
export interface StepInput {
  survey: SurveyDefinition;
  answers: SurveyState;
  step: number;
  /** Every problem of the step, shown or not. */
  errors: StepError[];
  /** The fields whose problem shows now (after a "Suivant" that could not go on). */
  shown: readonly Pick<SummaryError, 'fieldId'>[];
  /** The error summary, drawn (after a "Suivant" that could not go on) or nothing. */
  summary: StepState['summary'];
  sending: boolean;
  notice: NoticeState['paragraphs'];
}

/**
 * The step view's state. The summary says "« question » : problème"; beside the field, its legend is
 * right above: the problem alone.
 */
export function stepState(input: StepInput): StepState {
  const { survey, answers, errors } = input;
  const { sections, index } = currentStep(survey, answers, input.step);
  const shown = new Set(input.shown.map((e) => e.fieldId));
  return {
    survey,
    sections,
    index,
    answers,
    sending: input.sending,
    summary: input.summary,
    errorFor: (fieldId) => (shown.has(fieldId) ? errors.find((e) => e.fieldId === fieldId)?.message : undefined),
    notice: { paragraphs: input.notice, source: survey.source },
  };
}
