import { markFrench } from './french-marks.js';
import type { DefinitionLanguage, Question, QuestionInput, SurveyDefinition, SurveyDefinitionInput, Translations } from './satisfaction-survey.schema.js';

// A team's questionnaire in the language the person reads. Each text of a definition is a plain string
// (French) or its translations `{ fr, en, ar, "fr-FALC" }`. Resolving picks the language asked for;
// where the team gave none, the French text shows and the part is remembered as French so that the view
// marks it `lang="fr"` (a screen reader then reads it with a French voice, and read-aloud too).
// A question is shown in one language only: when one of its texts (label, hint, an option…) has no
// translation, the whole question shows in French, its "Oui"/"Non" and faces' words too.
// Loaded with a team's questionnaire (object or address); the views read the marks in french-marks.ts.

type LocalText = string | Translations;

/**
 * One text in `language`: easy-read falls back on plain French (the same language, no mark), English
 * and Arabic on French (marked). A plain string is French.
 */
export function resolveText(value: LocalText, language: DefinitionLanguage): { text: string; french: boolean } {
  const french = language === 'fr' || language === 'fr-FALC';
  if (typeof value === 'string') return { text: value, french: !french };
  if (language === 'fr') return { text: value.fr, french: false };
  const own = value[language];
  return own ? { text: own, french: false } : { text: value.fr, french: !french };
}

/** Resolves the listed text fields of `part` (absent ones stay absent), noting those left in French. */
function resolveFields<T extends object>(part: T, fields: readonly string[], language: DefinitionLanguage): { value: T; french: Set<string> } {
  const value = { ...part } as Record<string, unknown>;
  const french = new Set<string>();
  for (const field of fields) {
    const text = value[field] as LocalText | undefined;
    if (text === undefined) continue;
    const resolved = resolveText(text, language);
    value[field] = resolved.text;
    if (resolved.french) french.add(field);
  }
  return { value: value as T, french };
}

function resolveQuestion(input: QuestionInput, language: DefinitionLanguage): Question {
  const { value, french } = resolveFields(input, ['label', 'hint', 'otherLabel', 'notConcernedLabel'], language);
  if ('options' in input) {
    const options = input.options.map((option) => resolveFields(option, ['label'], language));
    (value as { options: unknown }).options = options.map((o) => o.value);
    if (options.some((o) => o.french.size)) french.add('options');
  }
  // One language per question: a gap anywhere shows the whole question in French.
  if (french.size && language !== 'fr') {
    const inFrench = resolveQuestion(input, 'fr');
    markFrench(inFrench, french, true);
    return inFrench;
  }
  return value as unknown as Question;
}

const cache = new WeakMap<object, Map<DefinitionLanguage, SurveyDefinition>>();

/**
 * The definition in `language`, the same object on each call for the same input and language (the
 * views key their parts on it). Ids, conditions and settings are untouched: only texts change, so
 * answers given in any language add up in the results.
 */
export function resolveDefinition(input: SurveyDefinitionInput, language: DefinitionLanguage): SurveyDefinition {
  let byLanguage = cache.get(input);
  if (!byLanguage) cache.set(input, (byLanguage = new Map()));
  const known = byLanguage.get(language);
  if (known) return known;
  const survey = resolveFields(input, ['title', 'intro', 'source'], language);
  const sections = input.sections.map((sectionInput) => {
    const section = resolveFields(sectionInput, ['title', 'intro'], language);
    const resolved = { ...section.value, questions: sectionInput.questions.map((q) => resolveQuestion(q, language)) };
    if (section.french.size) markFrench(resolved, section.french);
    return resolved;
  });
  const definition = { ...survey.value, sections } as unknown as SurveyDefinition;
  if (survey.french.size) markFrench(definition, survey.french);
  byLanguage.set(language, definition);
  return definition;
}
