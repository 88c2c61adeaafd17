import type { Question } from './satisfaction-survey.schema.js';

// The parts of a team's questionnaire shown in French for want of a translation, as noted by
// `resolveDefinition` (definition-language.ts, loaded with a team's questionnaire) and read by the
// views (loaded with the first screen), which mark them `lang="fr"`.

/** What a resolved part holds in French because the team gave no translation (by field name). */
const frenchFallbacks = new WeakMap<object, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();
/** Questions shown entirely in French for want of a translation. */
const frenchQuestions = new WeakSet<object>();

/** The fields of a resolved survey, section or question that show French for want of a translation. */
export function frenchFields(part: object): ReadonlySet<string> {
  return frenchFallbacks.get(part) ?? NONE;
}

/** True when the whole question shows in French (one of its texts lacks the language asked for). */
export function isFrenchQuestion(question: Question): boolean {
  return frenchQuestions.has(question);
}

/** Notes the fields of `part` left in French; with `wholeQuestion`, the question shows entirely in French. */
export function markFrench(part: object, fields: ReadonlySet<string>, wholeQuestion = false): void {
  frenchFallbacks.set(part, fields);
  if (wholeQuestion) frenchQuestions.add(part);
}
