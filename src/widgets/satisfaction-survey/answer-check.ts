// What the answers need once the form is on screen, kept out of the survey's first download: what a
// draft brings back, what is missing or wrong on a step (each problem in the person's words, on the
// field that shows it), and the answers sent. Pure functions, loaded on demand with answers.ts (the
// component's `loadAnswers`, asked for in the first update; a press before it arrived waits for it).
import { NOT_CONCERNED, OTHER_OPTION } from '../../contracts/survey-values.js';
import type { Question, SurveyAnswer, SurveyDefinition } from './satisfaction-survey.schema.js';
import type { SurveyDraft } from './satisfaction-survey.state.js';
import {
  OTHER_TEXT_MAX,
  isAnswered,
  isNotConcerned,
  maxLengthOf,
  questionFieldId,
  visibleSections,
  walkSurvey,
  type AnswerProblem,
  type AnswerValue,
  type ShownSection,
  type SurveyState,
} from './survey-logic.js';

/** The step to show, kept within the steps shown now (a draft may come from a longer path). */
export function clampStep(step: number, definition: SurveyDefinition, state: SurveyState): number {
  return Math.max(0, Math.min(step, visibleSections(definition, state).length - 1));
}

/** What a draft kept from an earlier visit brings back: its answers, and its step within those shown now. */
export function fromDraft(draft: Partial<SurveyDraft>, definition: SurveyDefinition): { answers: SurveyState; step: number } {
  const answers = { answers: draft.answers ?? {}, others: draft.others ?? {} };
  return { answers, step: clampStep(draft.step ?? 0, definition, answers) };
}

/** What is wrong with one question's answer, if anything. */
export function answerProblem(question: Question, state: SurveyState): AnswerProblem | undefined {
  const value = state.answers[question.id];
  if (!isAnswered(question, value)) return question.required ? 'required' : undefined;
  const max = maxLengthOf(question);
  if (max !== undefined && typeof value === 'string' && value.trim().length > max) return 'too-long';
  if (question.type === 'multiple' && question.maxChoices && (value as string[]).length > question.maxChoices) return 'too-many';
  if ('other' in question && question.other && chose(value, OTHER_OPTION)) {
    const other = (state.others[question.id] ?? '').trim();
    if (!other) return 'other-missing';
    if (other.length > OTHER_TEXT_MAX) return 'too-long';
  }
  return undefined;
}

function chose(value: AnswerValue | undefined, option: string): boolean {
  return Array.isArray(value) ? value.includes(option) : value === option;
}

/** The problems of one step's shown questions, in order: the step can go on when there is none. */
export function sectionProblems(shown: ShownSection, state: SurveyState): Array<{ question: Question; problem: AnswerProblem }> {
  return shown.questions.flatMap((question) => {
    const problem = answerProblem(question, state);
    return problem ? [{ question, problem }] : [];
  });
}

/**
 * Whether a problem belongs to the "autre, précisez" text rather than to the answer itself: a missing
 * text, or too long a text on a choice question (a choice has no text of its own).
 */
export function problemIsOnOther(question: Question, problem: AnswerProblem): boolean {
  return problem === 'other-missing' || (problem === 'too-long' && (question.type === 'single' || question.type === 'multiple'));
}

/** The words of each problem, from the survey's translation. */
export interface ProblemTexts {
  /** A choice left empty (yes/no, options). */
  required: string;
  /** Five faces left empty: "Choisissez un visage." */
  requiredRating: string;
  /** A text left empty. */
  requiredText: string;
  otherMissing: string;
  tooLong: (max: number) => string;
  tooMany: (max: number) => string;
}

/** What the person reads about a problem, beside the question. */
export function problemText(question: Question, problem: AnswerProblem, texts: ProblemTexts): string {
  switch (problem) {
    case 'required':
      if (question.type === 'rating') return texts.requiredRating;
      return question.type === 'short-text' || question.type === 'long-text' ? texts.requiredText : texts.required;
    case 'other-missing':
      return texts.otherMissing;
    case 'too-many':
      return texts.tooMany(question.type === 'multiple' ? (question.maxChoices ?? 0) : 0);
    default:
      return texts.tooLong(maxLengthOf(question) ?? OTHER_TEXT_MAX);
  }
}

/** One problem of a step, placed on its field: what the field and the error summary show. */
export interface StepError {
  /** The control (or fieldset) the summary links to and the message sits under. */
  fieldId: string;
  question: Question;
  problem: AnswerProblem;
  /** The message beside the field. */
  message: string;
}

/** The problems of one step, in the order of its fields, each on the field that shows it. */
export function stepErrors(shown: ShownSection, state: SurveyState, texts: ProblemTexts): StepError[] {
  return sectionProblems(shown, state).map(({ question, problem }) => ({
    fieldId: questionFieldId(question, problemIsOnOther(question, problem)),
    question,
    problem,
    message: problemText(question, problem, texts),
  }));
}

/**
 * The answers sent: shown and answered questions only, in the survey's order, with the question as
 * asked and the labels of the chosen options.
 */
export function buildAnswers(definition: SurveyDefinition, state: SurveyState, otherLabel: string, notConcernedLabel = 'Non concerné'): SurveyAnswer[] {
  const { sections } = walkSurvey(definition, state);
  const answers: SurveyAnswer[] = [];
  for (const { section, questions } of sections) {
    for (const question of questions) {
      const value = state.answers[question.id];
      if (!isAnswered(question, value)) continue;
      const answer: SurveyAnswer = { questionId: question.id, type: question.type, section: section.id, label: question.label, value: value! };
      if (isNotConcerned(question, value)) {
        // Told apart from a rating or an option: the results count it beside the answers, never in an average.
        const words = 'notConcernedLabel' in question ? question.notConcernedLabel : undefined;
        answers.push({ ...answer, value: NOT_CONCERNED, valueLabels: [words ?? notConcernedLabel], notConcerned: true });
        continue;
      }
      if (question.type === 'single' || question.type === 'multiple') {
        const labelOf = (id: string) => (id === OTHER_OPTION ? (question.otherLabel ?? otherLabel) : (question.options.find((o) => o.id === id)?.label ?? id));
        const known = [...question.options.map((o) => o.id), ...(question.other ? [OTHER_OPTION] : [])];
        if (question.type === 'multiple') {
          const chosen = known.filter((id) => (value as string[]).includes(id));
          answer.value = chosen;
          answer.valueLabels = chosen.map(labelOf);
        } else {
          answer.valueLabels = [labelOf(value as string)];
        }
        const other = (state.others[question.id] ?? '').trim();
        if (question.other && chose(answer.value, OTHER_OPTION) && other) answer.other = other;
      } else if (question.type === 'short-text' || question.type === 'long-text') {
        answer.value = (value as string).trim();
      }
      answers.push(answer);
    }
  }
  return answers;
}
