// The survey's contract: the answers it sends, readable without the questionnaire's definition
// (each answer carries its question as asked). Shared by the survey, the results view, the collector
// and the WordPress plugin.
import { z } from '../core/zod.js';
import { text } from '../core/widget-config.js';
import { NOT_CONCERNED, questionTypes, type QuestionType } from './survey-values.js';

/** Short ids for surveys, sections, questions and options: they end up in the results, so they stay stable. */
const slug = () => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'un identifiant court (a-z, 0-9, -)'));

export { NOT_CONCERNED, OTHER_OPTION, questionTypes, type QuestionType } from './survey-values.js';

const ratingValue = z.number().check(z.int(), z.gte(1), z.lte(5));

/** One answered question, as sent: the question as asked and the answer. */
export const surveyAnswerSchema = z
  .strictObject({
    questionId: slug(),
    type: z.enum(questionTypes),
    /** Id of the section (step) it was asked in. */
    section: z.optional(slug()),
    /** The question as asked, in the language shown. */
    label: text(300),
    /** rating 1..5 (1 très insatisfait … 5 très satisfait), an option id or a text, option ids, or yes/no. */
    value: z.union([ratingValue, z.string().check(z.maxLength(3000)), z.array(slug()).check(z.maxLength(30)), z.boolean()]),
    /** Labels of the chosen options, as shown. */
    valueLabels: z.optional(z.array(text(200)).check(z.maxLength(30))),
    /** The text of "autre, précisez". */
    other: z.optional(text(300)),
    /**
     * Added in 2026-11 (additive): the person chose "non concerné". `value` is then `NOT_CONCERNED`
     * and `valueLabels` the words shown; a reader that knows nothing of it sees a string, never a rating.
     */
    notConcerned: z.optional(z.literal(true)),
  })
  .check(
    z.refine((answer) => (answer.notConcerned ? answer.value === NOT_CONCERNED : valueFitsType(answer.type, answer.value)), {
      message:
        'une valeur du type de la question (rating : 1 à 5, single et textes : du texte, multiple : une liste, yesno : true ou false ; ' +
        '"non-concerne" avec notConcerned)',
      path: ['value'],
    }),
  );
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;

/** True when a value has the shape its question type sends. */
export function valueFitsType(type: QuestionType, value: unknown): boolean {
  switch (type) {
    case 'rating':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
    case 'multiple':
      return Array.isArray(value) && value.length > 0;
    case 'yesno':
      return typeof value === 'boolean';
    default:
      return typeof value === 'string' && value.length > 0;
  }
}

/** What the survey sends (kind 'survey'): the campaign, the questionnaire, and the answered questions in order. */
export const satisfactionSurveyPayloadSchema = z.strictObject({
  campaign: z.string().check(z.minLength(1), z.maxLength(60)),
  surveyId: slug(),
  surveyTitle: text(160),
  /** Answered on the waiting-room tablet. */
  kiosk: z.boolean(),
  answers: z.array(surveyAnswerSchema).check(z.maxLength(480)),
});
export type SatisfactionSurveyPayload = z.infer<typeof satisfactionSurveyPayloadSchema>;
