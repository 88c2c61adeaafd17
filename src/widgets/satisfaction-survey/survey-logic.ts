import { isHttpUrl, type ConfigProblem } from '../../core/config.js';
import { NOT_CONCERNED, OTHER_OPTION } from '../../contracts/survey-values.js';
import type { Condition, Question, Section, SurveyAnswer, SurveyDefinition } from './satisfaction-survey.schema.js';

// The survey's rules as pure functions: which questions show, what is missing, what is sent.
// The component only renders them.

/** An answer as kept while the person goes through the steps (and in the draft). */
export type AnswerValue = number | string | string[] | boolean;

/** Everything the person entered: answers by question id, and the "autre, précisez" texts. */
export interface SurveyState {
  answers: Record<string, AnswerValue>;
  others: Record<string, string>;
}

/** Why a question cannot be left as it is. */
export type AnswerProblem = 'required' | 'other-missing' | 'too-long' | 'too-many';

export const DEFAULT_SHORT_TEXT = 200;
export const DEFAULT_LONG_TEXT = 2000;
export const OTHER_TEXT_MAX = 300;

/** True when the question offers "non concerné". */
export function offersNotConcerned(question: Question): boolean {
  return 'notConcerned' in question && question.notConcerned === true;
}

/** True when the person chose "non concerné" on a question that offers it. */
export function isNotConcerned(question: Question, value: AnswerValue | undefined): boolean {
  return value === NOT_CONCERNED && offersNotConcerned(question);
}

/** True when the value counts as an answer for this question. */
export function isAnswered(question: Question, value: AnswerValue | undefined): boolean {
  if (isNotConcerned(question, value)) return true;
  switch (question.type) {
    case 'rating':
      return typeof value === 'number' && value >= 1 && value <= 5;
    case 'yesno':
      return typeof value === 'boolean';
    case 'multiple':
      return Array.isArray(value) && value.length > 0;
    case 'single':
      return typeof value === 'string' && value !== '';
    default:
      return typeof value === 'string' && value.trim() !== '';
  }
}

/** Whether a show-if condition holds, given the answers of the questions shown so far. */
export function conditionHolds(condition: Condition, answers: Readonly<Record<string, AnswerValue>>): boolean {
  const value = answers[condition.question];
  if (condition.answered !== undefined) return condition.answered === (value !== undefined);
  if (value === undefined) return false;
  if (condition.equals !== undefined) return Array.isArray(value) ? value.includes(String(condition.equals)) : value === condition.equals;
  if (condition.anyOf !== undefined) {
    const chosen = Array.isArray(value) ? value : [String(value)];
    return chosen.some((id) => condition.anyOf!.includes(id));
  }
  if (condition.atMost !== undefined) return typeof value === 'number' && value <= condition.atMost;
  if (condition.atLeast !== undefined) return typeof value === 'number' && value >= condition.atLeast;
  return true;
}

/** A section as shown now, with its shown questions. */
export interface ShownSection {
  section: Section;
  questions: Question[];
}

/**
 * Walks the survey in order and keeps what is shown: a section or question whose condition fails is
 * skipped, and so are its answers (a condition on a hidden question sees no answer).
 * Hidden answers stay in the state, so going back and changing one's mind loses nothing.
 */
export function walkSurvey(definition: SurveyDefinition, state: SurveyState): { sections: ShownSection[]; answers: Record<string, AnswerValue> } {
  const shownAnswers: Record<string, AnswerValue> = {};
  const sections: ShownSection[] = [];
  for (const section of definition.sections) {
    if (section.showIf && !conditionHolds(section.showIf, shownAnswers)) continue;
    const questions: Question[] = [];
    for (const question of section.questions) {
      if (question.showIf && !conditionHolds(question.showIf, shownAnswers)) continue;
      questions.push(question);
      const value = state.answers[question.id];
      if (isAnswered(question, value)) shownAnswers[question.id] = value!;
    }
    if (questions.length) sections.push({ section, questions });
  }
  return { sections, answers: shownAnswers };
}

/** The steps shown now. */
export function visibleSections(definition: SurveyDefinition, state: SurveyState): ShownSection[] {
  return walkSurvey(definition, state).sections;
}

/** Most characters a text question takes. */
export function maxLengthOf(question: Question): number | undefined {
  if (question.type === 'short-text') return question.maxLength ?? DEFAULT_SHORT_TEXT;
  if (question.type === 'long-text') return question.maxLength ?? DEFAULT_LONG_TEXT;
  return undefined;
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

/** The id of a question's control (or fieldset) in the form; its "autre, précisez" field adds `-other`. */
export function questionFieldId(question: Pick<Question, 'id'>, onOther = false): string {
  return `q-${question.id}${onOther ? '-other' : ''}`;
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

/** The steps shown now and the current one (the step index kept within them). */
export function currentStep(
  definition: SurveyDefinition,
  state: SurveyState,
  step: number,
): { sections: ShownSection[]; index: number; current: ShownSection } {
  const sections = visibleSections(definition, state);
  const index = Math.max(0, Math.min(step, sections.length - 1));
  return { sections, index, current: sections[index]! };
}

/** The step to show, kept within the steps shown now (a draft may come from a longer path). */
export function clampStep(step: number, definition: SurveyDefinition, state: SurveyState): number {
  return Math.max(0, Math.min(step, visibleSections(definition, state).length - 1));
}

/** Whether the person has begun (kiosk: only then does inactivity warn and clear). */
export function hasStarted(step: number, state: SurveyState): boolean {
  return step > 0 || Object.keys(state.answers).length > 0 || Object.keys(state.others).length > 0;
}

/** The state after one answer changes; `undefined` removes it (an emptied text, no choice left). */
export function withAnswer(state: SurveyState, questionId: string, value: AnswerValue | undefined): SurveyState {
  const answers = { ...state.answers };
  if (value === undefined) delete answers[questionId];
  else answers[questionId] = value;
  return { ...state, answers };
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

/** The default campaign: the current quarter ("2026-T4"), so a period's answers stay together. */
export function currentCampaign(date = new Date()): string {
  return `${date.getFullYear()}-T${Math.floor(date.getMonth() / 3) + 1}`;
}

/** Where the questionnaire comes from. */
export type DefinitionSource = { kind: 'default' } | { kind: 'object'; definition: unknown } | { kind: 'url'; url: string };

/**
 * Reads the `definition` setting: nothing is the default questionnaire, a string is the http(s)
 * address of its JSON, an object is the questionnaire itself (checked by `checkDefinition`, which
 * loads with it: definition-check.ts).
 */
export function definitionSource(definition: unknown): { ok: true; source: DefinitionSource } | { ok: false; problems: ConfigProblem[] } {
  if (definition === undefined) return { ok: true, source: { kind: 'default' } };
  if (typeof definition === 'string') {
    if (isHttpUrl(definition)) return { ok: true, source: { kind: 'url', url: definition } };
    return {
      ok: false,
      problems: [
        {
          source: 'attribute',
          path: 'definition',
          expected: 'une adresse http(s) du questionnaire en JSON, ou un objet questionnaire',
          found: JSON.stringify(definition).slice(0, 60),
        },
      ],
    };
  }
  return { ok: true, source: { kind: 'object', definition } };
}

/** Empty state. */
export function emptyState(): SurveyState {
  return { answers: {}, others: {} };
}
