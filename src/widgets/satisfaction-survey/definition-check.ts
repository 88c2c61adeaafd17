import type { Checked, ConfigProblem } from '../../core/config.js';
import { checkConfig } from '../../core/config-problems.js';
import {
  NOT_CONCERNED,
  OTHER_OPTION,
  surveyDefinitionSchema,
  type Condition,
  type Question,
  type SurveyDefinitionInput,
} from './satisfaction-survey.schema.js';
import { resolveDefinition } from './definition-language.js';
import { offersNotConcerned } from './survey-logic.js';

// The check of a team's questionnaire (shape, then ids and conditions), with the French explanations
// of its problems: loaded with the questionnaire (an object or an address), never by a survey on the
// default questionnaire.

const conditionTests = ['equals', 'anyOf', 'atMost', 'atLeast', 'answered'] as const;

/** Records one problem at a path under the definition. */
type Report = (path: string, expected: string, found: string) => void;

/** The option ids a question answers with ("autre" included), none for a question without options. */
function optionIds(question: Question): string[] {
  const notConcerned = offersNotConcerned(question) ? [NOT_CONCERNED] : [];
  return 'options' in question ? [...question.options.map((o) => o.id), ...(question.other ? [OTHER_OPTION] : []), ...notConcerned] : notConcerned;
}

/** Whether `equals` holds a value the target question can answer; what it expects otherwise. */
function equalsExpectation(target: Question, value: unknown): string | undefined {
  const options = optionIds(target);
  if (value === NOT_CONCERNED && offersNotConcerned(target)) return undefined;
  switch (target.type) {
    case 'rating':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? undefined : 'une note de 1 à 5';
    case 'yesno':
      return typeof value === 'boolean' ? undefined : 'true ou false';
    case 'single':
    case 'multiple':
      return typeof value === 'string' && options.includes(value) ? undefined : `un de ses id d’option (${options.join(', ')})`;
    default:
      return typeof value === 'string' ? undefined : 'du texte';
  }
}

/** A show-if condition: exactly one test, on a question asked before, that this question can answer. */
function checkCondition(condition: Condition, path: string, who: string, asked: ReadonlyMap<string, Question>, report: Report): void {
  const tests = conditionTests.filter((key) => condition[key] !== undefined);
  if (tests.length !== 1) {
    const found = tests.length ? tests.map((k) => `"${k}"`).join(', ') : 'aucun';
    report(path, `${who} : un seul test parmi ${conditionTests.map((k) => `"${k}"`).join(', ')}`, found);
    return;
  }
  const target = asked.get(condition.question);
  if (!target) {
    report(`${path}.question`, `${who} : l’id d’une question posée avant elle`, `"${condition.question}"`);
    return;
  }
  const test = tests[0]!;
  const options = optionIds(target);
  const about = `${who} : la question « ${target.id} » (${target.type})`;
  if (test === 'equals') {
    const expected = equalsExpectation(target, condition.equals);
    if (expected) report(`${path}.equals`, `${about} attend ${expected}`, JSON.stringify(condition.equals));
  } else if (test === 'anyOf') {
    const unknown = condition.anyOf!.filter((id) => !options.includes(id));
    if (!options.length) report(`${path}.anyOf`, `${about} n’a pas d’options : utilisez "equals", "atMost", "atLeast" ou "answered"`, 'anyOf');
    else if (unknown.length) report(`${path}.anyOf`, `${about} a ces id d’option : ${options.join(', ')}`, unknown.map((id) => `"${id}"`).join(', '));
  } else if ((test === 'atMost' || test === 'atLeast') && target.type !== 'rating') {
    report(`${path}.${test}`, `${about} n’est pas une note : "${test}" ne s’applique qu’à "rating"`, String(condition[test]));
  }
}

/** A choice question's options: distinct ids, no more choices than options, "otherLabel" only with "other" ("notConcernedLabel" with "notConcerned"). */
function checkOptions(question: Question, path: string, who: string, report: Report): void {
  if ('notConcernedLabel' in question && question.notConcernedLabel && !question.notConcerned) {
    report(`${path}.notConcernedLabel`, `${who} : "notConcerned": true pour que ce libellé serve`, `"${question.notConcernedLabel}"`);
  }
  if (!('options' in question)) return;
  const seen = new Set<string>();
  question.options.forEach((option, o) => {
    if (seen.has(option.id)) report(`${path}.options[${o}].id`, `${who} : des id d’option tous différents`, `"${option.id}" (en double)`);
    seen.add(option.id);
  });
  const count = question.options.length + (question.other ? 1 : 0);
  if (question.type === 'multiple' && question.maxChoices && question.maxChoices > count) {
    report(`${path}.maxChoices`, `${who} : au plus le nombre d’options (${count})`, String(question.maxChoices));
  }
  if (question.otherLabel && !question.other) report(`${path}.otherLabel`, `${who} : "other": true pour que ce libellé serve`, `"${question.otherLabel}"`);
}

/**
 * Checks a definition: its shape (zod), then what a schema cannot see — unique ids, conditions that
 * point to an earlier question and test what that question can answer. Each problem names the question.
 */
export function checkDefinition(input: unknown, pathPrefix = 'definition'): Checked<SurveyDefinitionInput> {
  const shape = checkConfig(surveyDefinitionSchema, input, 'config', pathPrefix);
  if (!shape.ok) return { ok: false, problems: shape.problems.map((p) => nameQuestion(p, input, pathPrefix)) };
  // Ids and conditions are the same in every language: checked on the French texts.
  const definition = resolveDefinition(shape.value, 'fr');
  const problems: ConfigProblem[] = [];
  const report: Report = (path, expected, found) => problems.push({ source: 'config', path: `${pathPrefix}.${path}`, expected, found });
  const asked = new Map<string, Question>();
  const sectionIds = new Set<string>();
  definition.sections.forEach((section, s) => {
    const sectionPath = `sections[${s}]`;
    if (sectionIds.has(section.id)) report(`${sectionPath}.id`, `section « ${section.id} » : un id qu’aucune autre section n’a`, `"${section.id}" (en double)`);
    sectionIds.add(section.id);
    if (section.showIf) checkCondition(section.showIf, `${sectionPath}.showIf`, `section « ${section.id} »`, asked, report);
    section.questions.forEach((question, q) => {
      const path = `${sectionPath}.questions[${q}]`;
      const who = `question « ${question.id} »`;
      if (asked.has(question.id)) report(`${path}.id`, `${who} : un id qu’aucune autre question n’a`, `"${question.id}" (en double)`);
      // A condition may point to any earlier question, of this step too: the next question then shows at once.
      if (question.showIf) checkCondition(question.showIf, `${path}.showIf`, who, asked, report);
      checkOptions(question, path, who, report);
      if (!asked.has(question.id)) asked.set(question.id, question);
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: shape.value };
}

/** Adds the question's (or section's) id to a schema problem, so the team finds it without counting. */
function nameQuestion(problem: ConfigProblem, input: unknown, prefix: string): ConfigProblem {
  const match = new RegExp(`^${prefix.replace(/[.[\]]/g, '\\$&')}\\.sections\\[(\\d+)\\](?:\\.questions\\[(\\d+)\\])?`).exec(problem.path);
  if (!match) return problem;
  const sections = (input as { sections?: unknown[] } | null)?.sections;
  const section = Array.isArray(sections) ? (sections[Number(match[1])] as { id?: unknown; questions?: unknown[] } | undefined) : undefined;
  if (match[2] !== undefined) {
    const question = Array.isArray(section?.questions) ? (section.questions[Number(match[2])] as { id?: unknown } | undefined) : undefined;
    const name =
      typeof question?.id === 'string' ? `question « ${question.id} »` : `question n° ${Number(match[2]) + 1} de la section n° ${Number(match[1]) + 1}`;
    return { ...problem, expected: `${name} : ${problem.expected}` };
  }
  const name = typeof section?.id === 'string' ? `section « ${section.id} »` : `section n° ${Number(match[1]) + 1}`;
  return { ...problem, expected: `${name} : ${problem.expected}` };
}
