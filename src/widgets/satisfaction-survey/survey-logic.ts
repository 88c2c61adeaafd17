import { isHttpUrl, type ConfigProblem } from '../../core/config.js';
import { NOT_CONCERNED } from '../../contracts/survey-values.js';
import type { Condition, Question, Section, SurveyDefinition } from './satisfaction-survey.schema.js';

// The survey's rules as pure functions: which questions show, and the step shown. What is missing
// and what is sent, needed only once the person presses "Suivant" or "Envoyer", are in
// answer-check.ts, loaded on demand. The component only renders them.

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

/** The id of a question's control (or fieldset) in the form; its "autre, précisez" field adds `-other`. */
export function questionFieldId(question: Pick<Question, 'id'>, onOther = false): string {
  return `q-${question.id}${onOther ? '-other' : ''}`;
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

/** The state after one answer changes; `undefined` removes it (an emptied text, no choice left). */
export function withAnswer(state: SurveyState, questionId: string, value: AnswerValue | undefined): SurveyState {
  const answers = { ...state.answers };
  if (value === undefined) delete answers[questionId];
  else answers[questionId] = value;
  return { ...state, answers };
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
